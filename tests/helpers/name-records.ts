/**
 * Decisions and recipients described as a press office writes them, turned into the facts the
 * name and unit indexes are built from (by the same functions as the build's data layer), and a
 * fetch over generated name-index files, for the name and unit index tests.
 */
import { AWARD_LEVEL_LABELS, RECIPIENT_GROUP_LABELS, awardLabel, statusNote } from '../../src/i18n/labels.ts';
import { createRoutes } from '../../src/routing/routes.ts';
import { recipientFacts, type RecipientFacts } from '../../src/search/build/recipient-records.ts';
import { anchorOf, type ShardJson } from '../../src/search/name-shard.ts';
import type { AwardStatus } from '../../src/schemas/award.ts';
import type { RecipientKind } from '../../src/schemas/common.ts';
import type { AwardClass, AwardLevel } from '../../src/schemas/taxonomy.ts';
import { vietnamIsoDate } from '../../src/utils/dates.ts';

export interface Recipient {
  name: string;
  kind: string;
  posthumous: boolean;
  anchor: string;
  page: number;
  /** A unit id, or the unit as free text. */
  unit?: string | undefined;
  unitName?: string | undefined;
  unitFormerNames?: readonly string[] | undefined;
  position?: string | undefined;
  citation?: string | undefined;
}

export interface TestDecision {
  id: string;
  decision: string;
  signed: Date;
  level: string;
  awardName: string;
  class?: string | undefined;
  status: string;
  recipients: Recipient[];
}

export const SITE = 'https://bangvang.example.vn';

export function person(name: string, extra: Partial<Recipient> = {}): Recipient {
  return { name, kind: 'ca-nhan', posthumous: false, anchor: anchorOf(name), page: 1, ...extra };
}

export function decision(
  id: string,
  signed: string,
  recipients: Recipient[],
  extra: Partial<TestDecision> = {},
): TestDecision {
  return {
    id,
    decision: `${id.length}/QĐ-UBND`,
    signed: new Date(`${signed}T00:00:00+07:00`),
    level: 'bo-tinh',
    awardName: 'Bằng khen',
    status: 'quyet-dinh',
    recipients,
    ...extra,
  };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every recipient's facts, as the build's data layer derives them. */
export function searchFacts(decisions: readonly TestDecision[], base = '/'): RecipientFacts[] {
  const routes = createRoutes(base);
  return decisions.flatMap((d) => {
    const facts = {
      pagePath: (page: number) => routes.decision(d.id, page),
      decision: d.decision,
      signed: vietnamIsoDate(d.signed),
      award: awardLabel(d.awardName, d.class as AwardClass | undefined),
      awardName: d.awardName,
      level: AWARD_LEVEL_LABELS[d.level as AwardLevel],
      status: statusNote(d.status as AwardStatus),
    };
    return d.recipients.map((r) =>
      recipientFacts(facts, {
        ...r,
        kind: RECIPIENT_GROUP_LABELS[r.kind as RecipientKind],
        unitId: r.unit && ID.test(r.unit) ? r.unit : undefined,
      }),
    );
  });
}

/** Each listed unit's former names, as the unit list gives them. */
export function formerNamesIn(decisions: readonly TestDecision[]): (id: string) => readonly string[] {
  const names = new Map<string, readonly string[]>();
  for (const r of decisions.flatMap((d) => d.recipients)) if (r.unit) names.set(r.unit, r.unitFormerNames ?? []);
  return (id) => names.get(id) ?? [];
}

/** A fetch over generated files, recording what was asked for. */
export function server(files: ReadonlyMap<string, ShardJson>) {
  const asked: string[] = [];
  return {
    asked,
    fetch: (file: string) => {
      asked.push(file);
      // Through JSON, as the browser receives it.
      const shard = files.get(file);
      return Promise.resolve(shard && (JSON.parse(JSON.stringify(shard)) as ShardJson));
    },
  };
}
