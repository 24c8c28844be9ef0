/**
 * An annex read in the browser editor exactly as `npm run import` reads it (src/import/: the same
 * readers, rules and messages), with the entry's form in place of the command's options, and the
 * same verdict: nothing to save while a row is rejected or an error stands. Pure: bytes and the
 * site's data (editor-data.ts) in, a report (report.ts) out; the browser's part is in importer.ts.
 */
import slugify from '@sindresorhus/slugify';
import { ANNEX_WORDS } from '../../i18n/cms-annex.ts';
import { importAnnex, type AnnexOptions } from '../../import/annex.ts';
import { generateRecipientsCsv } from '../../import/output.ts';
import { readAnnexFile } from '../../import/read-file.ts';
import { formatSummary } from '../../import/report.ts';
import { annexContext, type AnnexEditorData } from './editor-data.ts';
import { decisionInputFrom, inEditorWords, type AnnexCollection } from './form-input.ts';
import { reportRows, titleDifferences, type AnnexReport } from './report.ts';

export interface AnnexRequest {
  collection: AnnexCollection;
  /** The entry's form values (the importer reads those of ANNEX_FORM_FIELDS). */
  form: Record<string, unknown>;
  /** The entry's file name without extension, once it has one; the CSV is named after it. */
  slug?: string | undefined;
  /** The boxes under the field: --chuyen-ma, --don-vi-tu-do, --doc-ca-phan-an. */
  options?: Pick<AnnexOptions, 'convertLegacy' | 'freeTextUnits' | 'includeHidden'> | undefined;
}

/**
 * The CSV's name: the entry's own file name, else its title's as the editor makes one (whole,
 * accents off, đ → d), else the source file's.
 */
export function csvNameFor(request: AnnexRequest, fileName: string): string {
  const title = typeof request.form['title'] === 'string' ? request.form['title'] : '';
  const base = request.slug || title || fileName.replace(/\.[^.]+$/, '');
  return `${slugify(base, { locale: 'vi' }) || 'danh-sach'}.csv`;
}

function refused(fileName: string, how: string, refusal: AnnexReport['refusal']): AnnexReport {
  return {
    fileName,
    how,
    refusal,
    accepted: 0,
    rejected: 0,
    errors: 1,
    warnings: 0,
    rows: [],
    title: {},
    differences: [],
    summary: '',
    ok: false,
  };
}

export async function importInEditor(
  bytes: Uint8Array,
  fileName: string,
  request: AnnexRequest,
  data: AnnexEditorData,
): Promise<AnnexReport> {
  const read = await readAnnexFile(bytes, fileName);
  if (!read.ok) return refused(fileName, '', { vi: read.vi, en: read.en });
  const sheets = read.grids.length > 1 ? `, ${read.grids.length} trang tính` : '';
  const how = `${read.how}${sheets}`;
  const form = decisionInputFrom(request.collection, request.form);
  const result = importAnnex(read.grids, annexContext(data), form, request.options ?? {});
  if (result.decisions.length > 1) {
    const list = result.decisions.map((d) => `${d.number}: ${d.sheets.map((s) => `“${s}”`).join(', ')}`).join('; ');
    return refused(fileName, how, ANNEX_WORDS.severalDecisions(list));
  }
  const rows = reportRows(result.problems, request.collection);
  const errors = rows.filter((row) => row.severity === 'error').length;
  const unitNames = new Map(data.units.map((unit) => [unit.id, unit.name]));
  const ok = errors === 0 && result.rejected.length === 0 && result.recipients.length > 0;
  const csvName = csvNameFor(request, fileName);
  return {
    fileName,
    how,
    ...(result.rowsRead === 0 && errors === 0 ? { refusal: ANNEX_WORDS.noRows } : {}),
    accepted: result.recipients.length,
    rejected: result.rejected.length,
    errors,
    warnings: rows.length - errors,
    rows,
    title: { decision: result.facts.decision?.value, signed: result.facts.signed?.value },
    differences: titleDifferences(result, form, request.collection),
    summary: inEditorWords({ vi: formatSummary(result, data.taxonomy, unitNames), en: '' }, request.collection).vi,
    ok,
    ...(ok ? { csv: generateRecipientsCsv(result.recipients), csvName } : {}),
  };
}
