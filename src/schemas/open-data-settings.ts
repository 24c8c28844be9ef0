/**
 * How the open data is published (site.yaml `openData:`): its licence, stated on /du-lieu/ and in
 * the files' metadata (src/domain/open-data-licences.ts holds each licence's name and address).
 */
import { z } from 'astro/zod';

/** Licences a state body's open data commonly uses (SPDX identifiers). */
export const openDataLicence = z.enum(['CC-BY-4.0', 'CC0-1.0', 'ODC-By-1.0']);
export type OpenDataLicence = z.infer<typeof openDataLicence>;

export const openDataSettingsSchema = z.strictObject({
  /**
   * The licence of /du-lieu/ (SPDX id). Default CC-BY-4.0: free reuse, the source named, which is
   * what Vietnam's open-data rules ask of users (Decree 47/2020/NĐ-CP, Art. 18) and what data
   * portals list as "cc-by".
   */
  licence: openDataLicence.default('CC-BY-4.0'),
});
