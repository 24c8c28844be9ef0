/** What the migration tells the officer about one story: what it did, and what is left to fill. Pure data. */
export interface Note {
  /** `fill`: a field the officer must fill before publishing; `warning`: check it; `info`: done for you. */
  level: 'fill' | 'warning' | 'info';
  /** The front-matter field concerned, when there is one. */
  field?: string | undefined;
  vi: string;
  en: string;
}

/** The mark every placeholder carries (as `npm run import` writes it), so an officer can search for it. */
export { TO_FILL } from '../import/output.ts';
