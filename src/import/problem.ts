/** What the importer cannot accept, located by row and column (or by option), in Vietnamese then English. */
import type { Message } from '../validation/diagnostic.ts';

export interface ImportProblem extends Message {
  severity: 'error' | 'warning';
  /** Row number in the file, as Excel shows it. */
  row?: number | undefined;
  /** Column letter and header: `C (Đơn vị)`. */
  column?: string | undefined;
  /** The command-line option concerned: `--ngay-ky`. */
  option?: string | undefined;
}
