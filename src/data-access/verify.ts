/**
 * Verification codes and the /xac-minh/ lookup files, derived once per build from the decisions
 * and units the pages use (src/verify/ holds the rules; this only feeds them). The code and name
 * files are derived a group at a time, in passes over the decisions' rows, so that a roll of a
 * million recipients never has all its records in memory at once.
 */
import { getDecisions, getDecisionsById, readDecisionRows, type Decision, type DecisionRows } from './awards.ts';
import { forEachDecisionRows, getRecipientLists } from './recipients.ts';
import { getUnitsById, type UnitEntry } from './units.ts';
import { getDecisionDocuments, type DecisionDocument } from './decision-documents.ts';
import { routes } from '../routing/index.ts';
import { assignCodes } from '../verify/assign-codes.ts';
import {
  decisionLookupFiles,
  lookupSizes,
  RecordFiles,
  recordFilePaths,
  replacementCodes,
  type LookupDecisionFacts,
  type LookupRecipient,
  type LookupSizes,
  type LookupUnit,
} from '../verify/generate-lookup.ts';
import { decisionFileKey, decisionFilePath } from '../verify/keys.ts';
import { digestOf } from '../io/digest.ts';
import { boundedMemo } from '../utils/bounded-memo.ts';

/** Each decision's codes by row anchor (anchors are unique in a decision and computed in file order). */
export type RecipientCodes = Map<string, Map<string, string>>;

let codes: Promise<RecipientCodes> | undefined;

async function loadCodes(): Promise<RecipientCodes> {
  // Each decision's rows in file order, as the pass over every decision kept them for the codes.
  const [decisions, { codeInput }] = await Promise.all([getDecisions(), getRecipientLists()]);
  const { codes: byRow } = assignCodes(
    decisions.map(({ id, entry }) => ({
      id,
      number: entry.data.decision,
      signed: entry.data.signed,
      status: entry.data.status,
      recipients: codeInput.get(id)?.rows ?? [],
    })),
  );
  const codes: RecipientCodes = new Map(
    decisions.map(({ id }) => {
      const rowCodes = byRow.get(id) ?? [];
      const byAnchor = new Map<string, string>();
      codeInput.get(id)?.anchors.forEach((anchor, i) => {
        const code = rowCodes[i];
        if (code) byAnchor.set(anchor, code);
      });
      return [id, byAnchor];
    }),
  );
  // Read once: let the rows' share of the codes go (a million of them take 200 MB).
  codeInput.clear();
  return codes;
}

export function getRecipientCodes(): Promise<RecipientCodes> {
  codes ??= loadCodes();
  return codes;
}

/** What a lookup file shows of a decision, without its rows. */
function lookupFacts(
  decision: Decision,
  units: Map<string, UnitEntry>,
  documents: Map<string, DecisionDocument>,
): LookupDecisionFacts {
  const { data } = decision.entry;
  return {
    id: decision.id,
    number: data.decision,
    title: data.title,
    url: decision.href,
    signed: data.signed,
    effective: data.effective,
    status: data.status,
    supersededBy: data.supersededBy,
    award: decision.award,
    issuer: decision.issuer.name,
    issuerUnit: data.issuerUnit ? units.get(data.issuerUnit)?.data.name : undefined,
    signer: data.signer,
    document: documents.get(decision.id)?.href,
    period: data.period.label,
    unpublished: data.recipients.unpublished,
  };
}

/** A decision's rows as the lookup reads them, with their codes. */
function lookupRecipients(rows: DecisionRows, codes: Map<string, string> | undefined): LookupRecipient[] {
  return rows.groups.flatMap((group) =>
    group.rows.map((row) => ({
      name: row.name,
      kind: row.kind,
      unit: row.unit,
      position: row.position,
      posthumous: row.posthumous,
      code: codes?.get(row.anchor),
      withheld: row.withheld,
      minor: row.minor,
      url: row.href,
    })),
  );
}

function lookupUnit({ id, data }: UnitEntry): LookupUnit {
  return {
    id,
    name: data.name,
    formerNames: data.formerNames,
    validTo: data.validTo,
    successor: data.successor,
    url: routes.unit(id),
  };
}

/**
 * The lookup files' paths and what decides their content, without deriving the files: their
 * numbers follow from the counts (generate-lookup.ts, lookupSizes). The key is a digest of the
 * decisions (their source files: the rows, their codes' input, the decisions that replace them),
 * their award and issuer labels and the units: unchanged, every file is the last build's (and the
 * files are derived only if a page asks for one).
 */
export interface VerifyFiles {
  paths: string[];
  key: string;
  sizes: LookupSizes;
}

let files: Promise<VerifyFiles> | undefined;

async function loadFiles(): Promise<VerifyFiles> {
  const [decisions, units] = await Promise.all([getDecisions(), getUnitsById()]);
  const coded = decisions.filter((d) => d.entry.data.status !== 'de-nghi');
  const records = coded.reduce((sum, d) => sum + d.total, 0);
  const named = records - coded.reduce((sum, d) => sum + d.entry.data.recipients.unpublished, 0);
  const sizes = lookupSizes({ records, named, decisions: decisions.length });
  const paths = new Set(recordFilePaths(sizes));
  for (const d of decisions) paths.add(decisionFilePath(decisionFileKey(d.entry.data.decision), sizes.decisionFiles));
  const key = digestOf([
    routes.verify('x'),
    decisions.map((d) => [d.entry, d.award, d.issuer, d.href]),
    [...units.values()],
  ]);
  return { paths: [...paths].sort(), key, sizes };
}

export function getVerifyFiles(): Promise<VerifyFiles> {
  files ??= loadFiles();
  return files;
}

let decisionFiles: Promise<Map<string, unknown>> | undefined;

async function loadDecisionFiles(): Promise<Map<string, unknown>> {
  const [decisions, units, documents, { sizes }] = await Promise.all([
    getDecisions(),
    getUnitsById(),
    getDecisionDocuments(),
    getVerifyFiles(),
  ]);
  return decisionLookupFiles(
    decisions.map((decision) => lookupFacts(decision, units, documents)),
    sizes,
  );
}

let replacements: Promise<Map<string, Map<string, string>>> | undefined;

/**
 * For each decision that another revokes or corrects, the codes of that other one's published
 * recipients by folded name: read once, as only those few decisions' rows are needed.
 */
async function loadReplacements(): Promise<Map<string, Map<string, string>>> {
  const [byId, units, codes] = await Promise.all([getDecisionsById(), getUnitsById(), getRecipientCodes()]);
  const out = new Map<string, Map<string, string>>();
  for (const decision of byId.values()) {
    const replacing = byId.get(decision.entry.data.supersededBy ?? '');
    if (!replacing) continue;
    const rows = lookupRecipients(readDecisionRows(replacing, units), codes.get(replacing.id));
    out.set(decision.id, replacementCodes(rows));
  }
  return out;
}

/**
 * Code and name files derived at once, at most (about 80 records or 200 names each): 2,500 files
 * are about 200,000 records, a fifth of a million-recipient roll, so that the build's memory does
 * not grow with the roll. A group is derived in one pass over every decision's rows; a roll of
 * 100,000 recipients makes one group.
 */
const FILES_PER_GROUP = 2500;

let groups: Promise<Map<string, Set<string>>> | undefined;

/** Each code and name file's group, in the order listed (the order pages are rendered). */
function getGroups(): Promise<Map<string, Set<string>>> {
  groups ??= getVerifyFiles().then(({ paths }) => {
    const groupOf = new Map<string, Set<string>>();
    let group = new Set<string>();
    for (const path of paths.filter((p) => !p.startsWith('qd/'))) {
      if (group.size === FILES_PER_GROUP) group = new Set();
      group.add(path);
      groupOf.set(path, group);
    }
    return groupOf;
  });
  return groups;
}

async function deriveGroup(wanted: Set<string>): Promise<Map<string, unknown>> {
  const [{ sizes }, units, codes, replaced] = await Promise.all([
    getVerifyFiles(),
    getUnitsById(),
    getRecipientCodes(),
    (replacements ??= loadReplacements()),
  ]);
  const out = new RecordFiles(sizes, [...units.values()].map(lookupUnit), wanted);
  await forEachDecisionRows((decision, rows) => {
    const recipients = lookupRecipients(rows, codes.get(decision.id));
    out.add(
      { id: decision.id, number: decision.entry.data.decision, signed: decision.entry.data.signed, recipients },
      replaced.get(decision.id),
    );
  });
  return out.files;
}

// A group is derived when the first of its files is asked for; the group before is let go when
// the one after it comes (two are kept, should two pages be rendered at once).
const groupFiles = boundedMemo(
  (first: string) => getGroups().then((groupOf) => deriveGroup(groupOf.get(first) as Set<string>)),
  2,
);

/** One lookup file's content; the build stops if a path is not one of those listed. */
export async function verifyFile(path: string): Promise<unknown> {
  if (path.startsWith('qd/')) {
    decisionFiles ??= loadDecisionFiles();
    const file = (await decisionFiles).get(path);
    if (file) return file;
  } else {
    const group = (await getGroups()).get(path);
    if (group) return (await groupFiles(group.values().next().value as string)).get(path);
  }
  throw new Error(
    `/xac-minh/: ${path} is not one of the lookup files listed: see getVerifyFiles in src/data-access/verify.ts`,
  );
}
