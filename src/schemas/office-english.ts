/**
 * The office in English (site.yaml `english:`), shown at /en/: Decree 42/2022/NĐ-CP Art. 7 asks a
 * state body's portal for information in English on its organisation, its functions and duties
 * and its contacts (name, position, unit, telephone, official e-mail), kept up to date.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

/** One person to contact, as Decree 42 lists the fields. */
export const englishContactSchema = z.strictObject({
  /** Full name as the person writes it: "Trần Minh Đức". */
  name: text({ min: 2, max: 120 }),
  /** Position in English: "Head of the Board". */
  position: text({ min: 2, max: 200 }),
  /** Unit in English, when it is not the office itself: "Division of Emulation and Commendation". */
  unit: text({ max: 200 }).optional(),
  /** Telephone as dialled from abroad or as printed: "+84 229 387 1234". */
  phone: text({ min: 6, max: 60 }),
  /** Official e-mail (thư điện tử công vụ). */
  email: z.email(),
});

export const officeEnglishSchema = z.strictObject({
  /** The office's name in English: "Emulation and Commendation Board of Ninh Binh Province". */
  name: text({ min: 3, max: 200 }),
  /** Whom it belongs to and how it is organised, in a paragraph or two. */
  organisation: text({ min: 20, max: 3000 }),
  /** Its functions and duties, one item each. */
  duties: z.array(text({ min: 3, max: 600 })).min(1),
  /** Postal address, as an English reader would write it. */
  address: text({ max: 300 }).optional(),
  /** People to contact: at least one. */
  contacts: z.array(englishContactSchema).min(1),
});

export type OfficeEnglish = z.infer<typeof officeEnglishSchema>;
