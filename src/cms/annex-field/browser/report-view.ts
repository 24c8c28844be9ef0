/**
 * The annex field's report, drawn with the React that Sveltia CMS lends to custom fields
 * (window.h): the counts, the title block beside the form, the table of problems (Vietnamese,
 * English under it), the command's summary, and what Save will do. Styles inline, with Sveltia's
 * own colours: /admin's policy allows inline styles, and no stylesheet is loaded for this.
 */
import { ANNEX_WORDS, type Bilingual } from '../../../i18n/cms-annex.ts';
import type { AnnexReport, ReportRow } from '../report.ts';

export type Child = unknown;
export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: Child[]) => Child;

const MUTED = { color: 'var(--sui-secondary-foreground-color)', fontSize: 'var(--sui-font-size-small)' };
const ERROR = 'var(--sui-error-foreground-color, #c00)';
const WARNING = 'hsl(var(--sui-warning-color-hue, 40) 80% 35%)';
const CELL = { padding: '4px 8px', borderBottom: '1px solid var(--sui-secondary-border-color)', verticalAlign: 'top' };

/** Vietnamese, with the English under it in a smaller, muted line (and as a tooltip). */
export function bilingual(h: CreateElement, text: Bilingual, tag = 'div'): Child {
  return h(
    tag,
    { lang: 'vi', title: text.en },
    text.vi,
    text.en ? h('div', { lang: 'en', style: MUTED }, text.en) : null,
  );
}

function problemRow(h: CreateElement, row: ReportRow, showSheet: boolean, index: number): Child {
  const mark = row.severity === 'error' ? ANNEX_WORDS.error : ANNEX_WORDS.warning;
  const colour = row.severity === 'error' ? ERROR : WARNING;
  return h(
    'tr',
    { key: index, 'data-severity': row.severity },
    showSheet ? h('td', { style: CELL }, row.sheet ?? '') : null,
    h('td', { style: CELL, title: row.row.en }, row.row.vi || ANNEX_WORDS.wholeFile.vi),
    h('td', { style: CELL, title: row.column.en }, row.column.vi),
    h(
      'td',
      { style: CELL },
      h('strong', { style: { color: colour }, title: mark.en }, `${mark.vi}: `),
      bilingual(h, row.message, 'span'),
    ),
    h('td', { style: { ...CELL, fontFamily: 'var(--sui-font-family-monospace, monospace)' } }, row.found ?? ''),
    h('td', { style: CELL }, row.suggestion ? bilingual(h, row.suggestion) : ''),
  );
}

function problemTable(h: CreateElement, rows: ReportRow[]): Child {
  const showSheet = rows.some((row) => row.sheet !== undefined);
  const head = [
    ...(showSheet ? [ANNEX_WORDS.sheet] : []),
    ANNEX_WORDS.row,
    ANNEX_WORDS.column,
    ANNEX_WORDS.problem,
    ANNEX_WORDS.found,
    ANNEX_WORDS.suggestion,
  ];
  return h(
    'div',
    { style: { overflowX: 'auto', margin: '8px 0' } },
    h(
      'table',
      { style: { borderCollapse: 'collapse', width: '100%', fontSize: 'var(--sui-font-size-small)' } },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...head.map((label, i) =>
            h('th', { key: i, scope: 'col', title: label.en, style: { ...CELL, textAlign: 'left' } }, label.vi),
          ),
        ),
      ),
      h('tbody', null, ...rows.map((row, i) => problemRow(h, row, showSheet, i))),
    ),
  );
}

/** "Quyết định số 2160/QĐ-UBND ngày 15/01/2026", as the file's title block says. */
function titleLine(h: CreateElement, report: AnnexReport): Child {
  const { decision, signed } = report.title;
  if (!decision && !signed) return null;
  const parts = [
    decision ? `${ANNEX_WORDS.decisionNumber.vi} ${decision}` : '',
    signed ? `${ANNEX_WORDS.signedOn.vi} ${signed.split('-').reverse().join('/')}` : '',
  ];
  return h('p', { title: ANNEX_WORDS.titleSays.en }, `${ANNEX_WORDS.titleSays.vi} ${parts.filter(Boolean).join(' ')}`);
}

export function reportView(h: CreateElement, report: AnnexReport): Child {
  if (report.refusal) {
    return h('div', { role: 'alert', style: { color: ERROR } }, bilingual(h, report.refusal));
  }
  const counts = ANNEX_WORDS.counts(report.accepted, report.rejected, report.warnings);
  return h(
    'div',
    { 'data-annex-report': report.ok ? 'ok' : 'rejected' },
    h(
      'p',
      { role: 'status', style: { fontWeight: 'bold' } },
      `${report.fileName} (${report.how}): `,
      h('span', { title: counts.en }, counts.vi),
    ),
    // What Save will do, first: the table below says why.
    report.ok && report.csvName
      ? h('div', { style: { margin: '8px 0' } }, bilingual(h, ANNEX_WORDS.willSave(report.csvName, report.accepted)))
      : h('div', { style: { margin: '8px 0', color: ERROR } }, bilingual(h, ANNEX_WORDS.blocked)),
    titleLine(h, report),
    ...report.differences.map((difference, i) =>
      h('div', { key: `d${i}`, role: 'alert', style: { color: WARNING, margin: '4px 0' } }, bilingual(h, difference)),
    ),
    report.rows.length ? problemTable(h, report.rows) : null,
    report.summary
      ? h(
          'details',
          null,
          h('summary', { title: ANNEX_WORDS.fullReport.en }, ANNEX_WORDS.fullReport.vi),
          h('pre', { style: { whiteSpace: 'pre-wrap', fontSize: 'var(--sui-font-size-small)' } }, report.summary),
        )
      : null,
  );
}
