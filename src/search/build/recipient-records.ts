/**
 * Every recipient of every decision as the name index holds it: found by name (also typed
 * without accents, đ included), landing on its anchor on the right page of its decision, showing
 * award, class, decision number, date, unit and kind. Built from the open-data rows
 * (/du-lieu/khen-thuong.json), the single list of every recipient the build already writes.
 * Pure: name-index.ts groups these into the index's files.
 */
import { t } from '../../i18n/index.ts';
import { AWARD_STATUS_LABELS, type AwardStatus } from '../../schemas/award.ts';
import { ID_PATTERN, type RecipientKind } from '../../schemas/common.ts';
import { AWARD_CLASS_LABELS, AWARD_LEVEL_LABELS, type AwardClass, type AwardLevel } from '../../schemas/taxonomy.ts';
import type { OpenDataRow } from '../../domain/open-data.ts';
import type { DecisionRow, UnitRow } from '../name-shard.ts';

/** Filter values of recipient kinds, as the decision pages head their tables. */
export const KIND_FILTER_LABELS: Record<RecipientKind, string> = {
  'tap-the': t.collectives,
  'ca-nhan': t.individuals,
  'ho-gia-dinh': t.households,
};

/** A recipient with the facts a search result shows, as the name index stores them. */
export interface RecipientFacts {
  name: string;
  posthumous: boolean;
  /** Kind label: "Cá nhân". */
  kind: string;
  /** The decision page that lists the recipient, and the decision's facts. */
  decision: DecisionRow;
  /** Only units of the unit list carry an id: free-text units ("Trường THCS Nguyễn Du") stay out of the unit filter. */
  unit: UnitRow | undefined;
  /** Anchor of the recipient's row on that page. */
  anchor: string;
}

function text(value: string | boolean | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

export function recipientFacts(row: OpenDataRow): RecipientFacts {
  const cls = text(row.class) as AwardClass | '';
  const status = text(row.status) as AwardStatus;
  const unitName = text(row.unitName);
  const unitId = text(row.unit);
  // The open-data URL is absolute, on the site's domain: keep the path and the anchor.
  const url = new URL(text(row.url), 'https://example.invalid');
  return {
    name: text(row.name),
    posthumous: row.posthumous === true,
    kind: KIND_FILTER_LABELS[text(row.kind) as RecipientKind] ?? text(row.kind),
    decision: [
      url.pathname,
      text(row.decision),
      text(row.signed),
      `${text(row.awardName)}${cls ? ` ${AWARD_CLASS_LABELS[cls]}` : ''}`,
      text(row.awardName),
      AWARD_LEVEL_LABELS[text(row.level) as AwardLevel] ?? text(row.level),
      status !== 'quyet-dinh' && AWARD_STATUS_LABELS[status] ? AWARD_STATUS_LABELS[status] : '',
    ],
    unit: unitName ? [unitName, ID_PATTERN.test(unitId) ? unitId : ''] : undefined,
    anchor: url.hash.slice(1),
  };
}
