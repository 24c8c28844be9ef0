/**
 * The data behind /xac-minh/: small JSON files a reader's browser fetches one or two at a time,
 * never one page per recipient. Pure: it takes plain decisions (with their recipients' codes
 * already assigned: assign-codes.ts) and units, and returns each file's path and content; the
 * endpoint src/pages/xac-minh/[...file].json.ts only serialises them.
 *
 * - `ma/<C>/<b>.json`: the records whose code falls in bucket b of C (keys.ts, codeBucket), about
 *   RECORDS_PER_CODE_FILE each. A lookup by code reads one of these, then its decision's file.
 * - `ten/<C>/<b>.json`: for each decision, its published names (folded) and their codes, bucketed
 *   by decision and last word of the name (keys.ts, nameBucket). A lookup by decision number and
 *   name reads one of these and the decision's file together, then the code's file.
 * - `qd/<C>/<b>.json`: decisions' facts and status, by their number folded (keys.ts,
 *   decisionFileKey), about DECISIONS_PER_FILE each. Proposals are there too, so that a proposal's
 *   number is answered "a proposal, not an award". Every file exists, so a number that is not on
 *   the site is answered from a file that does not list it, never with a request that fails.
 * The number of buckets is in the path: a page cached from an older build asks for files that no
 * longer exist (and says to reload) rather than for the wrong bucket (and says "not found").
 *
 * A withheld or minor record is `{ unpublished: true }` in its code's file and nothing else: no
 * name, no decision. It is in no name file. Its decision counts it (`unpublished`), so a lookup
 * by name can say that some records of that decision are not published.
 */
import { formatDate } from '../utils/format.ts';
import { nameOn } from '../domain/unit-history.ts';
import { codeSymbols } from './code-format.ts';
import { codeFilePath, decisionFileKey, decisionFilePath, foldKey, lastWord, nameFilePath } from './keys.ts';

export interface LookupUnit {
  id: string;
  name: string;
  formerNames: readonly { name: string; until: Date }[];
  validTo?: Date | undefined;
  successor?: string | undefined;
  /** The unit's page. */
  url: string;
}

export interface LookupRecipient {
  name: string;
  kind: string;
  /** A unit id, or a workplace as free text. */
  unit?: string | undefined;
  position?: string | undefined;
  posthumous: boolean;
  /** Undefined for a proposal's rows. */
  code?: string | undefined;
  withheld: boolean;
  minor: boolean;
  /** The row on the decision page. */
  url: string;
}

export interface LookupDecision {
  id: string;
  number: string;
  title?: string | undefined;
  url: string;
  signed: Date;
  effective?: Date | undefined;
  status: 'quyet-dinh' | 'de-nghi' | 'thu-hoi';
  /** Slug of the decision that revokes or corrects this one. */
  supersededBy?: string | undefined;
  /** The award as shown: "Huân chương Lao động hạng Nhì". */
  award: string;
  /** The conferring authority ("Chủ tịch UBND tỉnh") and its unit's name. */
  issuer: string;
  issuerUnit?: string | undefined;
  signer?: { name: string; position?: string | undefined } | undefined;
  document?: string | undefined;
  period: string;
  recipients: readonly LookupRecipient[];
}

export interface LookupInput {
  decisions: readonly LookupDecision[];
  units: readonly LookupUnit[];
}

/** What a reader is told about a decision, in words the page turns into a sentence. */
export type LookupStatus = 'in-force' | 'revoked' | 'corrected' | 'proposal';

export interface DecisionFacts {
  slug: string;
  number: string;
  title?: string;
  url: string;
  status: LookupStatus;
  award: string;
  issuer: string;
  issuerUnit?: string;
  signer?: { name: string; position?: string };
  /** dd/mm/yyyy, and ISO for <time>. */
  signed: string;
  signedIso: string;
  effective?: string;
  period: string;
  document?: string;
  replacedBy?: { number: string; url: string };
  replaces?: { number: string; url: string }[];
  /** Withheld and minors' records of this decision. */
  unpublished: number;
}

export type RecordFacts =
  | { unpublished: true }
  | {
      name: string;
      kind: string;
      position?: string;
      posthumous?: true;
      /** The unit's name when the decision was signed, its name now, or the day it ceased. */
      unit?: string;
      unitNow?: string;
      unitEnded?: string;
      unitUrl?: string;
      /** The decision's file key and slug, and the row on its page. */
      decision: string;
      slug: string;
      url: string;
      /** The same person's code in the decision that revoked or corrected this one. */
      replacement?: string;
    };

export interface Lookup {
  /** Path under /xac-minh/ → file content. */
  files: Map<string, unknown>;
  codeFiles: number;
  nameFiles: number;
  decisionFiles: number;
  records: number;
}

/**
 * Sizes of the files, chosen so that a lookup opened cold (the page, then a name file, a
 * decision file and a code file) stays under 20 KB compressed at 100,000 recipients
 * (docs/benchmark.md). Records per code file: about 3 KB compressed.
 */
export const RECORDS_PER_CODE_FILE = 80;
/**
 * Names per name file, about 65 bytes each (a folded name and a code: codes do not compress),
 * about 4 KB compressed; a file holding a large decision's commonest given names can be twice that.
 */
export const NAMES_PER_NAME_FILE = 200;
/** Decisions per decision file: a decision's facts are about 400 bytes. */
export const DECISIONS_PER_FILE = 20;

function statusOf(decision: LookupDecision): LookupStatus {
  if (decision.status === 'de-nghi') return 'proposal';
  if (decision.status === 'thu-hoi') return 'revoked';
  return decision.supersededBy ? 'corrected' : 'in-force';
}

/** The unit as named on the day signed, and now: after renamings and mergers, or the day it ceased. */
function unitFacts(value: string | undefined, signed: Date, units: ReadonlyMap<string, LookupUnit>) {
  if (!value) return {};
  const unit = units.get(value);
  if (!unit) return { unit: value };
  const then = nameOn(unit, signed);
  let now = unit;
  const seen = new Set([unit.id]);
  for (let next = units.get(now.successor ?? ''); next && !seen.has(next.id); next = units.get(next.successor ?? '')) {
    seen.add(next.id);
    now = next;
  }
  return {
    unit: then,
    ...(now.name === then ? {} : { unitNow: now.name }),
    ...(now.validTo && !now.successor ? { unitEnded: formatDate(now.validTo) } : {}),
    unitUrl: now.url,
  };
}

function decisionFacts(decision: LookupDecision, all: ReadonlyMap<string, LookupDecision>): DecisionFacts {
  const replacement = decision.supersededBy ? all.get(decision.supersededBy) : undefined;
  const replaced = [...all.values()].filter((d) => d.supersededBy === decision.id);
  return {
    slug: decision.id,
    number: decision.number,
    ...(decision.title ? { title: decision.title } : {}),
    url: decision.url,
    status: statusOf(decision),
    award: decision.award,
    issuer: decision.issuer,
    ...(decision.issuerUnit ? { issuerUnit: decision.issuerUnit } : {}),
    ...(decision.signer
      ? {
          signer: {
            name: decision.signer.name,
            ...(decision.signer.position ? { position: decision.signer.position } : {}),
          },
        }
      : {}),
    signed: formatDate(decision.signed),
    signedIso: decision.signed.toISOString(),
    ...(decision.effective ? { effective: formatDate(decision.effective) } : {}),
    period: decision.period,
    ...(decision.document ? { document: decision.document } : {}),
    ...(replacement ? { replacedBy: { number: replacement.number, url: replacement.url } } : {}),
    ...(replaced.length ? { replaces: replaced.map((d) => ({ number: d.number, url: d.url })) } : {}),
    unpublished: decision.recipients.filter((r) => r.withheld || r.minor).length,
  };
}

/** A published recipient's code in the decision that replaced theirs, found by folded name. */
function replacementCodes(decision: LookupDecision | undefined): Map<string, string> {
  const codes = new Map<string, string>();
  for (const r of decision?.recipients ?? []) {
    if (r.code && !r.withheld && !r.minor) codes.set(foldKey(r.name), r.code);
  }
  return codes;
}

function bucketed<T>(files: Map<string, unknown>, path: string, add: (file: T) => void, empty: () => T): void {
  let file = files.get(path) as T | undefined;
  if (!file) {
    file = empty();
    files.set(path, file);
  }
  add(file);
}

export function generateLookup({ decisions, units }: LookupInput): Lookup {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const coded = decisions.flatMap((d) => d.recipients.filter((r) => r.code));
  const named = coded.filter((r) => !r.withheld && !r.minor);
  const codeFiles = Math.max(1, Math.ceil(coded.length / RECORDS_PER_CODE_FILE));
  const nameFiles = Math.max(1, Math.ceil(named.length / NAMES_PER_NAME_FILE));
  const decisionFiles = Math.max(1, Math.ceil(decisions.length / DECISIONS_PER_FILE));
  const files = new Map<string, unknown>();

  for (const decision of decisions) {
    const key = decisionFileKey(decision.number);
    bucketed<Record<string, DecisionFacts[]>>(
      files,
      decisionFilePath(key, decisionFiles),
      (file) => (file[key] ??= []).push(decisionFacts(decision, byId)),
      () => ({}),
    );
    const replacements = replacementCodes(decision.supersededBy ? byId.get(decision.supersededBy) : undefined);
    for (const recipient of decision.recipients) {
      if (!recipient.code) continue;
      const record: RecordFacts =
        recipient.withheld || recipient.minor
          ? { unpublished: true }
          : {
              name: recipient.name,
              kind: recipient.kind,
              ...(recipient.position ? { position: recipient.position } : {}),
              ...(recipient.posthumous ? { posthumous: true as const } : {}),
              ...unitFacts(recipient.unit, decision.signed, unitsById),
              decision: key,
              slug: decision.id,
              url: recipient.url,
              ...(replacements.has(foldKey(recipient.name))
                ? { replacement: replacements.get(foldKey(recipient.name)) as string }
                : {}),
            };
      bucketed<{ records: Record<string, RecordFacts> }>(
        files,
        codeFilePath(recipient.code, codeFiles),
        (file) => (file.records[codeSymbols(recipient.code as string)] = record),
        () => ({ records: {} }),
      );
      if ('unpublished' in record) continue;
      const name = foldKey(recipient.name);
      bucketed<Record<string, [string, string][]>>(
        files,
        nameFilePath(key, lastWord(name), nameFiles),
        (file) => (file[key] ??= []).push([name, recipient.code as string]),
        () => ({}),
      );
    }
  }
  // Every bucket exists, empty or not: a missing file then always means a page from an older build.
  for (let b = 0; b < codeFiles; b++)
    if (!files.has(`ma/${codeFiles}/${b}.json`)) files.set(`ma/${codeFiles}/${b}.json`, { records: {} });
  for (let b = 0; b < nameFiles; b++)
    if (!files.has(`ten/${nameFiles}/${b}.json`)) files.set(`ten/${nameFiles}/${b}.json`, {});
  return { files, codeFiles, nameFiles, decisionFiles, records: coded.length };
}
