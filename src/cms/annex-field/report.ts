/**
 * What the annex field shows after reading a file: the importer's problems as the rows of a table
 * (sheet, row, column, what is wrong in Vietnamese and English, the value found, the suggestion),
 * the count of rows accepted and rejected, the decision's number and date from the file's title
 * block beside the form's, the command's own summary, and the CSV to save when nothing is
 * rejected. Plain data, so that the widget only draws it. Pure.
 */
import { ANNEX_WORDS, type Bilingual } from '../../i18n/cms-annex.ts';
import type { AnnexResult } from '../../import/annex.ts';
import type { DecisionInput } from '../../import/decision.ts';
import type { ImportProblem } from '../../import/problem.ts';
import { fieldOfOption, formLabel, inEditorWords, type AnnexCollection } from './form-input.ts';

export interface ReportRow {
  severity: 'error' | 'warning';
  /** Sheet of a workbook. */
  sheet?: string | undefined;
  /** "13", "bảng 2, hàng 5"; empty for the whole file or the form. */
  row: Bilingual;
  /** "B (Họ và tên)", or the form's field. */
  column: Bilingual;
  message: Bilingual;
  found?: string | undefined;
  /** The closest valid values, or what is allowed. */
  suggestion?: Bilingual | undefined;
}

export interface AnnexReport {
  fileName: string;
  /** "Excel, 2 trang tính". */
  how: string;
  /** The file cannot be taken at all (a scan, several decisions, no row): why, and nothing else. */
  refusal?: Bilingual | undefined;
  accepted: number;
  rejected: number;
  errors: number;
  warnings: number;
  rows: ReportRow[];
  /** What the title block says, when it says it. */
  title: { decision?: string | undefined; signed?: string | undefined };
  /** Where the title block and the form disagree. */
  differences: Bilingual[];
  /** The command's summary screen, word for word. */
  summary: string;
  /** Whether the list may be saved: nothing rejected, no error. */
  ok: boolean;
  /** The recipients' CSV to save, and its file name, when `ok`. */
  csv?: string | undefined;
  csvName?: string | undefined;
}

/** "dòng 13" → "13"; "bảng 2, hàng 5" as it is. */
function rowOf(problem: ImportProblem): Bilingual {
  if (!problem.place) return { vi: '', en: '' };
  const line = /^dòng (\d+)$/.exec(problem.place.vi);
  return line ? { vi: line[1] ?? '', en: line[1] ?? '' } : problem.place;
}

function suggestionOf(problem: ImportProblem): Bilingual | undefined {
  if (problem.suggestions?.length) {
    const list = problem.suggestions.join(', ');
    return { vi: list, en: list };
  }
  if (problem.allowedVi || problem.allowedEn) return { vi: problem.allowedVi ?? '', en: problem.allowedEn ?? '' };
  return undefined;
}

export function reportRows(problems: ImportProblem[], collection: AnnexCollection): ReportRow[] {
  return problems.map((problem) => {
    const field = problem.option ? fieldOfOption(problem.option) : undefined;
    const column = field
      ? ANNEX_WORDS.inForm(formLabel(collection, field))
      : { vi: problem.column ?? '', en: problem.column ?? '' };
    const suggestion = suggestionOf(problem);
    return {
      severity: problem.severity,
      ...(problem.sheet !== undefined ? { sheet: problem.sheet } : {}),
      row: rowOf(problem),
      column,
      message: inEditorWords(problem, collection),
      ...(problem.found !== undefined ? { found: problem.found } : {}),
      ...(suggestion ? { suggestion: inEditorWords(suggestion, collection) } : {}),
    };
  });
}

/** "15/01/2026" for 2026-01-15, as the office writes it. */
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

/** Where the file's title block and the form disagree on the decision's number or date. */
export function titleDifferences(
  result: AnnexResult,
  form: DecisionInput,
  collection: AnnexCollection,
): AnnexReport['differences'] {
  if (collection !== 'awards') return [];
  const out: Bilingual[] = [];
  const same = (a: string, b: string) =>
    a.replace(/\s+/g, '').toLocaleLowerCase('vi') === b.replace(/\s+/g, '').toLocaleLowerCase('vi');
  const compare = (field: 'decision' | 'signed', file: string | undefined, show = (v: string) => v) => {
    if (!file) return;
    const label = formLabel(collection, field);
    const mine = form[field];
    if (!mine) out.push(ANNEX_WORDS.formEmpty(label, show(file)));
    else if (!same(mine, file)) out.push(ANNEX_WORDS.differs(label, show(file), show(mine)));
  };
  compare('decision', result.facts.decision?.value);
  compare('signed', result.facts.signed?.value, dayMonthYear);
  return out;
}
