/** What the importer cannot accept, located by row and column (or by option), in Vietnamese then English. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  /** Row number in the file, as Excel shows it. */
  row?: number | undefined;
  /** Column letter and header: `C (Đơn vị)`. */
  column?: string | undefined;
  /** The command-line option concerned: `--ngay-ky`. */
  option?: string | undefined;
  vi: string;
  en: string;
  found?: string | undefined;
  allowedVi?: string | undefined;
  allowedEn?: string | undefined;
  /** Closest valid values, best first. */
  suggestions?: string[] | undefined;
}
