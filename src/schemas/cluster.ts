/** Schema of content/clusters/<id>.yaml: an emulation cluster or block (cụm/khối thi đua) for one year. */
import { z } from 'astro/zod';
import { id, text, issueAt } from './common.ts';

export const clusterSchema = z
  .strictObject({
    /** Name: "Cụm Thi đua số 1". */
    name: text({ min: 2, max: 200 }),
    /** `cum` (cluster of peer localities) or `khoi` (block of agencies or sectors). */
    kind: z.enum(['cum', 'khoi']),
    /** The year this composition applies to. */
    year: z.int().min(1945).max(2100),
    /** Unit that set the cluster up (UBND tỉnh…). */
    organiser: id.optional(),
    /** Member units (ids in content/units), at least two. */
    members: z.array(id).min(2),
    /** Cụm trưởng / Khối trưởng: a member unit. */
    leader: id.optional(),
    /** Cụm phó / Khối phó: a member unit. */
    deputy: id.optional(),
    /** Emulation theme or slogan of the year (chủ đề thi đua). */
    theme: text({ max: 400 }).optional(),
    /** Commitments of the covenant (giao ước thi đua), one per item. */
    covenant: z.array(text({ min: 1, max: 1000 })).default([]),
    /** A sentence or two about the cluster. */
    description: text({ max: 400 }).optional(),
  })
  .superRefine((cluster, ctx) => {
    const members = new Set(cluster.members);
    for (const role of ['leader', 'deputy'] as const) {
      const unit = cluster[role];
      if (unit && !members.has(unit)) {
        issueAt(ctx, [role], {
          vi: `Đơn vị ${role === 'leader' ? 'Cụm trưởng' : 'Cụm phó'} "${unit}" không có trong danh sách thành viên (members).`,
          en: `The ${role} "${unit}" is not one of the members.`,
        });
      }
    }
    const seen = new Set<string>();
    cluster.members.forEach((member, index) => {
      if (seen.has(member)) {
        issueAt(ctx, ['members', index], {
          vi: `Đơn vị "${member}" bị ghi hai lần.`,
          en: `Unit "${member}" is listed twice.`,
        });
      }
      seen.add(member);
    });
  });

export type Cluster = z.infer<typeof clusterSchema>;
