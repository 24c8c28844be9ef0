/**
 * Schema of content/units/<id>.yaml: provinces, communes, wards, agencies, schools, firms.
 * A unit keeps its history: former names and the unit it merged into (2025 reform).
 */
import { z } from 'astro/zod';
import { date, id, text, url, issueAt } from './common.ts';

/** Types of unit. `huyen`, `thi-xa` and district-level `thanh-pho` ended on 2025-07-01. */
export const unitType = z.enum([
  'tinh',
  'xa',
  'phuong',
  'dac-khu',
  'huyen',
  'thi-xa',
  'thanh-pho',
  'so-nganh',
  'co-quan',
  'doanh-nghiep',
  'truong-hoc',
  'khac',
]);
export type UnitType = z.infer<typeof unitType>;

export const unitSchema = z
  .strictObject({
    /** Current (or last) official name with its type: "Phường Đông A". */
    name: text({ min: 2, max: 200 }),
    /** Type of unit. */
    type: unitType,
    /** Unit it belongs to (a ward's province). */
    parent: id.optional(),
    /** Names it had before, each with the last day it was used. */
    formerNames: z
      .array(
        z.strictObject({
          /** The former name: "Tỉnh Thừa Thiên Huế". */
          name: text({ min: 2, max: 200 }),
          /** Last day the name was in use. */
          until: date,
        }),
      )
      .default([]),
    /** First day the unit existed in this form. */
    validFrom: date.optional(),
    /** Last day the unit existed (for units merged or dissolved). */
    validTo: date.optional(),
    /** Unit it merged into. Requires `validTo`. */
    successor: id.optional(),
    /** Official website. */
    website: url.optional(),
    /** A sentence or two about the unit. */
    description: text({ max: 400 }).optional(),
  })
  .superRefine((unit, ctx) => {
    if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom) {
      issueAt(ctx, ['validTo'], {
        vi: 'Ngày kết thúc (validTo) trước ngày bắt đầu (validFrom).',
        en: 'validTo is before validFrom.',
      });
    }
    if (unit.successor && !unit.validTo) {
      issueAt(ctx, ['validTo'], {
        vi: 'Đơn vị đã sáp nhập (có successor) phải ghi ngày kết thúc validTo.',
        en: 'A unit that merged into another (successor) needs its last day, validTo.',
      });
    }
  });

export type Unit = z.infer<typeof unitSchema>;
