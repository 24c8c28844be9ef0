/**
 * Every recipient of every decision as the name index holds it: found by name (also typed
 * without accents, đ included), landing on its anchor on the right page of its decision, showing
 * award, class, decision number, date, unit and kind. The data layer (data-access/search-index.ts)
 * derives the decision's and the row's facts once; this puts them in the index's shape. Pure:
 * name-index.ts groups these into the index's files.
 */
import type { DecisionRow, UnitRow } from '../name-shard.ts';

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

/** A decision's facts as search results show and filter them. */
export interface SearchDecision {
  /** Address of each of its pages (the decision's page 1, 2…). */
  pagePath(page: number): string;
  /** Number as printed: "156/QĐ-UBND". */
  decision: string;
  /** Date signed, `YYYY-MM-DD` in Vietnam. */
  signed: string;
  /** Award with its class, as shown. */
  award: string;
  /** Award without its class: the award filter's value. */
  awardName: string;
  /** Conferring level label: the level filter's value. */
  level: string;
  /** "Đề nghị", "Đã thu hồi", or '' for a plain decision. */
  status: string;
}

/** A row's facts as search results show and filter them. */
export interface SearchRow {
  name: string;
  /** Kind label as decisions head their tables: "Cá nhân". */
  kind: string;
  posthumous: boolean;
  anchor: string;
  /** Page of its decision that lists it. */
  page: number;
  /** Its unit as shown. */
  unitName?: string | undefined;
  /** The id of its unit, when the unit is in the unit list. */
  unitId?: string | undefined;
}

export function recipientFacts(decision: SearchDecision, row: SearchRow): RecipientFacts {
  return {
    name: row.name,
    posthumous: row.posthumous,
    kind: row.kind,
    decision: [
      decision.pagePath(row.page),
      decision.decision,
      decision.signed,
      decision.award,
      decision.awardName,
      decision.level,
      decision.status,
    ],
    unit: row.unitName ? [row.unitName, row.unitId ?? ''] : undefined,
    anchor: row.anchor,
  };
}
