/** What the importer cannot accept or wants the officer to know, located as the office finds it. */
import type { Message } from '../validation/diagnostic.ts';
import type { Place } from './grid.ts';

export interface Where {
  /** The sheet, in a workbook. */
  sheet?: string | undefined;
  /** The row: "dòng 12", "bảng 2, hàng 5". */
  place?: Place | undefined;
  /** Column letter and header: `C (Chức vụ, đơn vị công tác)`. */
  column?: string | undefined;
  /** The command-line option concerned: `--ngay-ky`. */
  option?: string | undefined;
}

export interface ImportProblem extends Message, Where {
  severity: 'error' | 'warning';
  /** The recipient row it rejects (sheet and row number), for the count of rows rejected. */
  rowKey?: string | undefined;
}

/** Identifies a row across sheets. */
export const rowKey = (sheet: string, number: number) => `${sheet}#${number}`;
