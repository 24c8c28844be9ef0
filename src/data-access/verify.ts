/**
 * Verification codes and the /xac-minh/ lookup files, derived once per build from the decisions
 * and units the pages use (src/verify/ holds the rules; this only feeds them).
 */
import { getDecisions } from './awards.ts';
import { getUnitsById } from './units.ts';
import { getDecisionDocuments } from './decision-documents.ts';
import { withAnchors } from '../domain/recipients.ts';
import { routes } from '../routing/index.ts';
import { assignCodes } from '../verify/assign-codes.ts';
import { generateLookup, type Lookup, type LookupDecision } from '../verify/generate-lookup.ts';

/** Each decision's codes by row anchor (anchors are unique in a decision and computed in file order). */
export type RecipientCodes = Map<string, Map<string, string>>;

let codes: Promise<RecipientCodes> | undefined;

async function loadCodes(): Promise<RecipientCodes> {
  const decisions = await getDecisions();
  const { codes: byRow } = assignCodes(
    decisions.map(({ id, entry }) => ({
      id,
      number: entry.data.decision,
      signed: entry.data.signed,
      status: entry.data.status,
      recipients: entry.data.recipients,
    })),
  );
  return new Map(
    decisions.map(({ id, entry }) => {
      const rowCodes = byRow.get(id) ?? [];
      const anchors = withAnchors(entry.data.recipients);
      const byAnchor = new Map<string, string>();
      anchors.forEach((row, i) => {
        const code = rowCodes[i];
        if (code) byAnchor.set(row.anchor, code);
      });
      return [id, byAnchor];
    }),
  );
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
      recipients: decision.groups.flatMap((group) =>
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
