/**
 * Schema of src/data/holidays/<year>.yaml: what the government fixes or swaps in one year on top
 * of the Labor Code's public holidays (src/calendar/labor-code.ts computes those): which five
 * days are Tết, which day beside 2 September is off, extra days off and Saturdays worked in
 * exchange. An office corrects the file when a notice of the Ministry of Home Affairs says
 * otherwise. Each decision says whether it was checked against a document (`checked`, with its
 * `source`) or is an assumption.
 */
import { z } from 'astro/zod';
import { date, text } from './common.ts';
import { vietnamIsoDate } from '../utils/dates.ts';

/** A calendar day `YYYY-MM-DD`, kept as that text. */
const day = date.transform((value) => vietnamIsoDate(value));

/** Whether a line was checked against a document, and which. */
const provenance = {
  /** True when checked against the document named in `source`; false (default) for an assumption. */
  checked: z.boolean().default(false),
  /** The document it follows: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ". */
  source: text({ min: 3, max: 300 }).optional(),
};

/** A day the government decided on: an extra day off, or a weekend day worked in exchange. */
export const decidedDaySchema = z.strictObject({
  /** The day, YYYY-MM-DD. */
  date: day,
  /** Why, as a reader would say it: "Hoán đổi với thứ Bảy 26/4". */
  reason: text({ min: 3, max: 200 }),
  ...provenance,
});

export const holidayYearSchema = z
  .strictObject({
    /** The year the file is for; the file is named after it (2026.yaml). */
    year: z.int().min(1990).max(2200),
    /** The five days of Tết Âm lịch this year (Labor Code Art. 112: 5 days, chosen each year). */
    tet: z
      .strictObject({
        /** The five days, YYYY-MM-DD; one falling on a weekend is made up on the next working day. */
        days: z.array(day),
        ...provenance,
      })
      .optional(),
    /** National Day: the day beside 2 September that is also off. */
    nationalDay: z
      .strictObject({
        /** 1 or 3 September of the year. */
        extra: day,
        ...provenance,
      })
      .optional(),
    /** Extra days off decided by the government (a swapped working day, an exceptional holiday). */
    daysOff: z.array(decidedDaySchema).default([]),
    /** Days worked although the rules make them days off: a Saturday worked in exchange. */
    workdays: z.array(decidedDaySchema).default([]),
  })
  .superRefine((data, ctx) => {
    const inYear = (value: string, path: (string | number)[]) => {
      if (value.startsWith(`${data.year}-`)) return;
      ctx.addIssue({
        code: 'custom',
        path,
        message: `not in ${data.year}`,
        params: {
          vi: `Ngày này không thuộc năm ${data.year} của tệp.`,
          en: `This day is not in the file's year ${data.year}.`,
          found: value,
        },
      });
    };
    if (data.tet) {
      if (data.tet.days.length !== 5) {
        ctx.addIssue({
          code: 'custom',
          path: ['tet', 'days'],
          message: 'Tết has five days',
          params: {
            vi: 'Tết Âm lịch có đúng 5 ngày nghỉ (Bộ luật Lao động 2019, Điều 112); ngày trùng thứ Bảy, Chủ nhật được nghỉ bù tự động.',
            en: 'Tết has exactly 5 days off (Labor Code 2019, Art. 112); a day on a weekend is made up automatically.',
            found: `${data.tet.days.length} ngày / days`,
          },
        });
      }
      data.tet.days.forEach((value, index) => inYear(value, ['tet', 'days', index]));
    }
    if (data.nationalDay) {
      const allowed = [`${data.year}-09-01`, `${data.year}-09-03`];
      if (!allowed.includes(data.nationalDay.extra)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nationalDay', 'extra'],
          message: 'the extra National Day is 1 or 3 September',
          params: {
            vi: 'Ngày nghỉ Quốc khánh thứ hai là ngày liền kề trước hoặc sau ngày 2/9 (Bộ luật Lao động 2019, Điều 112).',
            en: 'The second National Day holiday is the day just before or after 2 September (Labor Code 2019, Art. 112).',
            found: data.nationalDay.extra,
            allowedVi: allowed.join(' hoặc '),
            allowedEn: allowed.join(' or '),
          },
        });
      }
    }
    for (const list of ['daysOff', 'workdays'] as const) {
      data[list].forEach((entry, index) => inYear(entry.date, [list, index, 'date']));
    }
    const offDays = new Set(data.daysOff.map((entry) => entry.date));
    data.workdays.forEach((entry, index) => {
      if (!offDays.has(entry.date)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['workdays', index, 'date'],
        message: 'both a day off and a working day',
        params: {
          vi: `Ngày ${entry.date} vừa là ngày nghỉ (daysOff) vừa là ngày làm việc (workdays).`,
          en: `${entry.date} is both a day off (daysOff) and a working day (workdays).`,
          found: entry.date,
        },
      });
    });
    const unsourced = (entry: { checked: boolean; source?: string | undefined }, path: (string | number)[]) => {
      if (!entry.checked || entry.source) return;
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'source'],
        message: 'a checked line names its source',
        params: {
          vi: 'Dòng đã đối chiếu (checked: true) cần ghi văn bản đã đối chiếu (source).',
          en: 'A checked line (checked: true) must name the document it was checked against (source).',
        },
      });
    };
    if (data.tet) unsourced(data.tet, ['tet']);
    if (data.nationalDay) unsourced(data.nationalDay, ['nationalDay']);
    for (const list of ['daysOff', 'workdays'] as const) {
      data[list].forEach((entry, index) => unsourced(entry, [list, index]));
    }
  });

export type DecidedDay = z.infer<typeof decidedDaySchema>;
export type HolidayYear = z.infer<typeof holidayYearSchema>;
