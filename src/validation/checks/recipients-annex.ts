/**
 * A decision or notice whose recipients are in a CSV annex beside it (recipientsFile): the annex must exist
 * and be readable, and a recipient's problem is then reported at its line in the CSV.
 */
import { LAYOUT } from '../../content-model/collections.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { FileContext, Locate } from '../types.ts';

export interface AnnexCheck {
  diagnostics: Diagnostic[];
  /** The annex's path, when the decision names one (it is then not a stray file). */
  csvPath?: string | undefined;
  /** Locates recipients in the annex; undefined when the entry cannot be checked further. */
  locate?: Locate | undefined;
}

export function checkRecipientsAnnex({ file, entry, locate }: FileContext): AnnexCheck {
  if (!LAYOUT[file.collection].recipientsAnnex || entry.raw['recipientsFile'] === undefined) {
    return { diagnostics: [], locate };
  }
  const at = { ...locate(['recipientsFile']), field: 'recipientsFile' };
  if (!entry.csv) return { diagnostics: [error({ ...at, ...checkMessages.listAndAnnex })] };
  const { path: csvPath, parsed: csv } = entry.csv;
  if (!csv) {
    return {
      csvPath,
      diagnostics: [error({ ...at, ...checkMessages.annexMissing(csvPath, String(entry.raw['recipientsFile'])) })],
    };
  }
  const diagnostics = csv.errors.map((e) =>
    error({
      file: csvPath,
      ...(e.line ? { line: e.line } : {}),
      ...(e.column ? { field: e.column } : {}),
      vi: e.vi,
      en: e.en,
      ...(e.found ? { found: e.found } : {}),
    }),
  );
  if (diagnostics.length) return { csvPath, diagnostics };
  const inAnnex: Locate = (path, key) => {
    if (path[0] !== 'recipients' || typeof path[1] !== 'number') return locate(path, key);
    const column = typeof path[2] === 'string' ? path[2] : key;
    return {
      file: csvPath,
      line: csv.lines[path[1]] ?? 1,
      field: `dòng/row ${path[1] + 1}${column ? `, cột/column ${column}` : ''}`,
    };
  };
  return { csvPath, diagnostics, locate: inAnnex };
}
