/**
 * The importer's core: the grids of a file (every sheet of a workbook, a CSV, a Word decision) →
 * the decision and its recipients, with every problem once, where the office finds it, and every
 * row that is not a recipient accounted for. Pure.
 */
import type { RecipientKind } from '../schemas/common.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { foldVietnamese } from '../utils/text.ts';
import { columnLetter, rowPlace, type Grid } from './grid.ts';
import { readDecision, type DecisionInput, type DecisionRead } from './decision.ts';
import { headerProblems, groupedWarnings } from './annex-warnings.ts';
import { rowKey, type ImportProblem, type Where } from './problem.ts';
import { readRecipientRow, type ImportedRecipient, type RowOptions, type RowRead } from './recipient-row.ts';
import { readSigner, type SignerRead } from './signature.ts';
import { readStructure, type AnnexPart, type Line } from './structure.ts';
import { readTitleBlock, type TitleFacts } from './title-block.ts';
import type { UnitMatcher } from './units.ts';

export interface AnnexOptions extends RowOptions {
  /** The sheets to read (names or 1-based numbers, `--trang-tinh`); all when absent. */
  sheets?: string[] | undefined;
  /** Read hidden rows and sheets too (`--doc-ca-phan-an`). */
  includeHidden?: boolean | undefined;
}

export interface AnnexContext {
  units: UnitMatcher;
  taxonomy: Taxonomy;
  clusters: Set<string>;
  movements: Set<string>;
}

/** A decision a workbook names on one of its sheets. */
export interface NamedDecision {
  sheets: string[];
  number: string;
}

export interface AnnexResult {
  parts: AnnexPart[];
  /** Sheets not read, and why. */
  skipped: { grid: Grid; reason: 'hidden' | 'notChosen' | 'noTable' }[];
  recipients: ImportedRecipient[];
  /** Data rows read (recipients and rejected rows). */
  rowsRead: number;
  /** Rows rejected (sheet and row). */
  rejected: string[];
  rows: RowRead[];
  problems: ImportProblem[];
  decision: DecisionRead;
  /** What the title blocks say (number, date, issuer…), whether or not an option overrode it. */
  facts: TitleFacts;
  signer?: SignerRead | undefined;
  /** More than one decision in the file: nothing is imported until one is chosen. */
  decisions: NamedDecision[];
}

/** Which sheets to read: those chosen, else every visible one. */
function chooseGrids(grids: Grid[], options: AnnexOptions): { read: Grid[]; skipped: AnnexResult['skipped'] } {
  const skipped: AnnexResult['skipped'] = [];
  const read = grids.filter((grid, index) => {
    const chosen = options.sheets?.some((wanted) => wanted === grid.name || wanted === String(index + 1));
    const reason =
      options.sheets && !chosen ? 'notChosen' : grid.hidden && !options.includeHidden && !chosen ? 'hidden' : undefined;
    if (reason) skipped.push({ grid, reason });
    return reason === undefined;
  });
  return { read, skipped };
}

/** The first of each fact over the parts, in sheet order. */
function mergeFacts(all: TitleFacts[]): TitleFacts {
  const merged: TitleFacts = { awardLines: all.flatMap((facts) => facts.awardLines) };
  for (const facts of all) {
    if (!merged.decision && facts.decision) merged.decision = facts.decision;
    if (!merged.issuer && facts.issuer) merged.issuer = facts.issuer;
    if (!merged.period && facts.period) merged.period = facts.period;
    if (!merged.signed && !merged.badDate) {
      if (facts.signed) merged.signed = facts.signed;
      else if (facts.badDate) merged.badDate = facts.badDate;
    }
  }
  return merged;
}

/** Decision numbers named by the sheets: more than one means more than one decision. */
function namedDecisions(parts: AnnexPart[], facts: TitleFacts[]): NamedDecision[] {
  const byNumber = new Map<string, NamedDecision>();
  parts.forEach((part, index) => {
    const number = facts[index]?.decision?.value;
    if (!number) return;
    const key = number.toLocaleLowerCase('vi');
    const entry = byNumber.get(key) ?? { sheets: [], number };
    entry.sheets.push(part.grid.name);
    byNumber.set(key, entry);
  });
  return [...byNumber.values()];
}

/** Two rows with the same name and unit are one person listed twice. */
const dedupeKey = (recipient: ImportedRecipient) =>
  `${foldVietnamese(recipient.name).replace(/\s+/g, ' ')}|${recipient.unit ?? ''}`;

export function importAnnex(
  grids: Grid[],
  context: AnnexContext,
  input: DecisionInput,
  options: AnnexOptions = {},
): AnnexResult {
  const { read, skipped } = chooseGrids(grids, options);
  const parts: AnnexPart[] = [];
  for (const grid of read) {
    const part = readStructure(grid, { includeHidden: options.includeHidden ?? false });
    if (part.tables.length) parts.push(part);
    else skipped.push({ grid, reason: 'noTable' });
  }
  const allFacts = parts.map((part) => readTitleBlock(part.titleLines));
  const facts = mergeFacts(allFacts);
  const decisions = namedDecisions(parts, allFacts);
  const problems: ImportProblem[] = [];
  const locate = (part: AnnexPart) => (line: Line) => ({
    ...(part.grid.isSheet ? { sheet: part.grid.name } : {}),
    place: line.place,
    column: columnLetter(line.column),
  });
  const lineWhere = new Map<Line, Where>();
  for (const part of parts)
    for (const line of [...part.titleLines, ...part.signatureLines]) lineWhere.set(line, locate(part)(line));
  const where = (line: Line) => lineWhere.get(line) ?? { place: line.place };

  const rows: RowRead[] = [];
  const recipients: ImportedRecipient[] = [];
  const rejected = new Set<string>();
  const seen = new Map<string, { recipient: ImportedRecipient; where: Where }>();
  let rowsRead = 0;
  for (const part of decisions.length > 1 ? [] : parts) {
    problems.push(...headerProblems(part));
    for (const table of part.tables) {
      for (const data of table.rows) {
        rowsRead++;
        const row = readRecipientRow(part.grid, table.header, data, context.units, options);
        rows.push(row);
        problems.push(...row.problems);
        const key = rowKey(part.grid.name, data.row.number);
        if (!row.recipient) {
          rejected.add(key);
          continue;
        }
        const same = dedupeKey(row.recipient);
        const first = seen.get(same);
        const here = { ...(part.grid.isSheet ? { sheet: part.grid.name } : {}), place: rowPlace(data.row) };
        if (first) {
          const otherSheet = first.where.sheet && first.where.sheet !== part.grid.name ? `"${first.where.sheet}" ` : '';
          const firstAt = `${otherSheet}${first.where.place?.vi ?? ''}`;
          problems.push({
            severity: 'error',
            ...here,
            rowKey: key,
            vi: `Trùng với ${firstAt}: cùng tên${row.recipient.unit ? ', cùng đơn vị' : ''}. Xóa một dòng.`,
            en: `Duplicate of ${otherSheet}${first.where.place?.en ?? ''}: same name${row.recipient.unit ? ' and unit' : ''}. Delete one row.`,
            found: JSON.stringify(row.recipient.name),
          });
          rejected.add(key);
          continue;
        }
        seen.set(same, { recipient: row.recipient, where: here });
        recipients.push(row.recipient);
      }
    }
  }
  problems.push(...groupedWarnings(parts, rows, skipped));

  const signer =
    parts.map((part) => readSigner(part.signatureLines)).find(Boolean) ??
    parts.map((part) => readSigner(part.titleLines)).find(Boolean);
  const located = recipients.map((recipient) => ({
    name: recipient.name,
    kind: recipient.kind as RecipientKind,
    // The row's place and key travel with it: a kind the award does not allow rejects that row.
    where: { ...(seen.get(dedupeKey(recipient))?.where ?? {}), rowKey: rowKey(recipient.sheet, recipient.row) },
  }));
  const decision = readDecision(input, facts, signer, { ...context, locate: where, recipients: located });
  problems.push(...decision.problems);
  for (const problem of decision.problems) if (problem.rowKey) rejected.add(problem.rowKey);
  const kept = recipients.filter((recipient) => !rejected.has(rowKey(recipient.sheet, recipient.row)));
  return {
    parts,
    skipped,
    recipients: kept,
    rowsRead,
    rejected: [...rejected],
    rows,
    problems,
    decision,
    facts,
    signer,
    decisions,
  };
}
