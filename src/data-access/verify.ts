/**
 * Verification codes and the /xac-minh/ lookup files, derived once per build from the decisions
 * and units the pages use (src/verify/ holds the rules; this only feeds them).
 */
import { getDecisions, readDecisionRows } from './awards.ts';
import { getRecipientLists } from './recipients.ts';
import { getUnitsById } from './units.ts';
import { getDecisionDocuments } from './decision-documents.ts';
import { routes } from '../routing/index.ts';
import { assignCodes } from '../verify/assign-codes.ts';
import {
  DECISIONS_PER_FILE,
  generateLookup,
  NAMES_PER_NAME_FILE,
  RECORDS_PER_CODE_FILE,
  type Lookup,
  type LookupDecision,
} from '../verify/generate-lookup.ts';
import { decisionFileKey, decisionFilePath } from '../verify/keys.ts';
import { digestOf } from '../io/digest.ts';

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

let lookup: Promise<Lookup> | undefined;

async function loadLookup(): Promise<Lookup> {
  const [decisions, units, codesByDecision, documents] = await Promise.all([
    getDecisions(),
    getUnitsById(),
    getRecipientCodes(),
    getDecisionDocuments(),
  ]);
  const input: LookupDecision[] = decisions.map((decision) => {
    const { data } = decision.entry;
    const rowCodes = codesByDecision.get(decision.id);
    const issuerUnit = data.issuerUnit ? units.get(data.issuerUnit)?.data.name : undefined;
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
      issuerUnit,
      signer: data.signer,
      document: documents.get(decision.id)?.href,
      period: data.period.label,
      recipients: readDecisionRows(decision, units).groups.flatMap((group) =>
        group.rows.map((row) => ({
          name: row.name,
          kind: row.kind,
          unit: row.unit,
          position: row.position,
          posthumous: row.posthumous,
          code: rowCodes?.get(row.anchor),
          withheld: row.withheld,
          minor: row.minor,
          url: row.href,
        })),
      ),
    };
  });
  return generateLookup({
    decisions: input,
    units: [...units.values()].map(({ id, data }) => ({
      id,
      name: data.name,
      formerNames: data.formerNames,
      validTo: data.validTo,
      successor: data.successor,
      url: routes.unit(id),
    })),
  });
}

/** The lookup files of /xac-minh/ (src/pages/xac-minh/[...file].json.ts writes them). */
export function getVerifyLookup(): Promise<Lookup> {
  lookup ??= loadLookup();
  return lookup;
}

/**
 * The lookup files' paths and what decides their content, without deriving the files: their
 * numbers follow from the counts (generate-lookup.ts; every code and name bucket has its file, a
 * decision bucket one when it has decisions). The key is a digest of the decisions (their source
 * files: the rows, their codes' input, the decisions that replace them), their award and issuer
 * labels and the units: unchanged, every file is the last build's (and the files are derived only
 * if a page asks for one).
 */
export interface VerifyFiles {
  paths: string[];
  key: string;
  codeFiles: number;
  nameFiles: number;
  decisionFiles: number;
}

let files: Promise<VerifyFiles> | undefined;

async function loadFiles(): Promise<VerifyFiles> {
  const [decisions, units] = await Promise.all([getDecisions(), getUnitsById()]);
  const coded = decisions.filter((d) => d.entry.data.status !== 'de-nghi');
  const records = coded.reduce((sum, d) => sum + d.total, 0);
  const named = records - coded.reduce((sum, d) => sum + d.entry.data.recipients.unpublished, 0);
  const codeFiles = Math.max(1, Math.ceil(records / RECORDS_PER_CODE_FILE));
  const nameFiles = Math.max(1, Math.ceil(named / NAMES_PER_NAME_FILE));
  const decisionFiles = Math.max(1, Math.ceil(decisions.length / DECISIONS_PER_FILE));
  const paths = new Set<string>();
  for (let b = 0; b < codeFiles; b++) paths.add(`ma/${codeFiles}/${b}.json`);
  for (let b = 0; b < nameFiles; b++) paths.add(`ten/${nameFiles}/${b}.json`);
  for (const d of decisions) paths.add(decisionFilePath(decisionFileKey(d.entry.data.decision), decisionFiles));
  const key = digestOf([
    routes.verify('x'),
    decisions.map((d) => [d.entry, d.award, d.issuer, d.href]),
    [...units.values()],
  ]);
  return { paths: [...paths].sort(), key, codeFiles, nameFiles, decisionFiles };
}

export function getVerifyFiles(): Promise<VerifyFiles> {
  files ??= loadFiles();
  return files;
}

/** One lookup file's content; the build stops if the files derived are not the ones listed. */
export async function verifyFile(path: string): Promise<unknown> {
  const [lookup, listed] = await Promise.all([getVerifyLookup(), getVerifyFiles()]);
  const derived = [...lookup.files.keys()].sort();
  if (derived.join('\n') !== listed.paths.join('\n')) {
    throw new Error(
      `/xac-minh/: the lookup files derived (${derived.length}) are not those listed (${listed.paths.length}): see getVerifyFiles in src/data-access/verify.ts`,
    );
  }
  return lookup.files.get(path);
}
