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

/** How many files of each kind: the one rule for the build's list of paths and for their content. */
export interface LookupSizes {
  codeFiles: number;
  nameFiles: number;
  decisionFiles: number;
}

/** `records`: rows with a code; `named`: those of them neither withheld nor a minor's. */
export function lookupSizes(counts: { records: number; named: number; decisions: number }): LookupSizes {
  return {
    codeFiles: Math.max(1, Math.ceil(counts.records / RECORDS_PER_CODE_FILE)),
    nameFiles: Math.max(1, Math.ceil(counts.named / NAMES_PER_NAME_FILE)),
    decisionFiles: Math.max(1, Math.ceil(counts.decisions / DECISIONS_PER_FILE)),
  };
}

/** Every code and name file's path: each bucket has its file, empty or not. */
export function recordFilePaths({ codeFiles, nameFiles }: LookupSizes): string[] {
  return [
    ...Array.from({ length: codeFiles }, (_, b) => `ma/${codeFiles}/${b}.json`),
    ...Array.from({ length: nameFiles }, (_, b) => `ten/${nameFiles}/${b}.json`),
  ];
}

/** A decision's own facts without its rows, and how many of them are withheld or minors'. */
export type LookupDecisionFacts = Omit<LookupDecision, 'recipients'> & { unpublished: number };

function statusOf(decision: LookupDecisionFacts): LookupStatus {
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

function decisionFacts(
  decision: LookupDecisionFacts,
  all: ReadonlyMap<string, LookupDecisionFacts>,
  replaced: readonly LookupDecisionFacts[],
): DecisionFacts {
  const replacement = decision.supersededBy ? all.get(decision.supersededBy) : undefined;
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
    unpublished: decision.unpublished,
  };
}

/** The decision files (qd/…): every one, from the decisions' own facts (no rows needed). */
export function decisionLookupFiles(
  decisions: readonly LookupDecisionFacts[],
  { decisionFiles }: Pick<LookupSizes, 'decisionFiles'>,
): Map<string, unknown> {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const replacedBy = new Map<string, LookupDecisionFacts[]>();
  for (const d of decisions)
    if (d.supersededBy) replacedBy.set(d.supersededBy, [...(replacedBy.get(d.supersededBy) ?? []), d]);
  const files = new Map<string, unknown>();
  for (const decision of decisions) {
    const key = decisionFileKey(decision.number);
    bucketed<Record<string, DecisionFacts[]>>(
      files,
      decisionFilePath(key, decisionFiles),
      (file) => (file[key] ??= []).push(decisionFacts(decision, byId, replacedBy.get(decision.id) ?? [])),
      () => ({}),
    );
  }
  return files;
}

/**
 * The codes of a decision's published recipients by folded name: for the rows of the decision it
 * revokes or corrects, the same person's code in this one.
 */
export function replacementCodes(recipients: readonly LookupRecipient[]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const r of recipients) {
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

/**
 * The code and name files (ma/…, ten/…), or only those in `wanted`, filled from decisions given
 * one at a time: a build over a million recipients derives them a group of files at a time, so
 * that only that group's records are ever held (data-access/verify.ts). Every wanted path is in
 * `files`, empty when no record falls in it: a missing file then always means a page from an
 * older build.
 */
export class RecordFiles {
  readonly files = new Map<string, unknown>();
  readonly #units: ReadonlyMap<string, LookupUnit>;
  readonly #sizes: LookupSizes;
  readonly #wanted: (path: string) => boolean;

  constructor(sizes: LookupSizes, units: readonly LookupUnit[], wanted?: ReadonlySet<string>) {
    this.#sizes = sizes;
    this.#units = new Map(units.map((u) => [u.id, u]));
    this.#wanted = wanted ? (path) => wanted.has(path) : () => true;
    for (const path of wanted ?? recordFilePaths(sizes))
      this.files.set(path, path.startsWith('ma/') ? { records: {} } : {});
  }

  /** `replacements`: replacementCodes of the decision that revokes or corrects this one. */
  add(
    decision: Pick<LookupDecision, 'id' | 'number' | 'signed' | 'recipients'>,
    replacements: ReadonlyMap<string, string> = new Map(),
  ): void {
    const key = decisionFileKey(decision.number);
    for (const recipient of decision.recipients) {
      const code = recipient.code;
      if (!code) continue;
      const published = !recipient.withheld && !recipient.minor;
      const codePath = codeFilePath(code, this.#sizes.codeFiles);
      if (this.#wanted(codePath)) {
        const replacement = published ? replacements.get(foldKey(recipient.name)) : undefined;
        const record: RecordFacts = published
          ? {
              name: recipient.name,
              kind: recipient.kind,
              ...(recipient.position ? { position: recipient.position } : {}),
              ...(recipient.posthumous ? { posthumous: true as const } : {}),
              ...unitFacts(recipient.unit, decision.signed, this.#units),
              decision: key,
              slug: decision.id,
              url: recipient.url,
              ...(replacement ? { replacement } : {}),
            }
          : { unpublished: true };
        (this.files.get(codePath) as { records: Record<string, RecordFacts> }).records[codeSymbols(code)] = record;
      }
      if (!published) continue;
      const name = foldKey(recipient.name);
      const namePath = nameFilePath(key, lastWord(name), this.#sizes.nameFiles);
      if (this.#wanted(namePath)) {
        const file = this.files.get(namePath) as Record<string, [string, string][]>;
        (file[key] ??= []).push([name, code]);
      }
    }
  }
}

/** Every lookup file at once, from decisions with their rows: for tests and small sites. */
export function generateLookup({ decisions, units }: LookupInput): Lookup {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const coded = decisions.flatMap((d) => d.recipients.filter((r) => r.code));
  const sizes = lookupSizes({
    records: coded.length,
    named: coded.filter((r) => !r.withheld && !r.minor).length,
    decisions: decisions.length,
  });
  const facts = decisions.map(({ recipients, ...decision }) => ({
    ...decision,
    unpublished: recipients.filter((r) => r.withheld || r.minor).length,
  }));
  const records = new RecordFiles(sizes, units);
  for (const decision of decisions) {
    const replacing = decision.supersededBy ? byId.get(decision.supersededBy) : undefined;
    records.add(decision, replacementCodes(replacing?.recipients ?? []));
  }
  const files = new Map([...decisionLookupFiles(facts, sizes), ...records.files]);
  return { files, ...sizes, records: coded.length };
}
