/** The open-data rows of the whole site, derived once per build. */
import { getDecisions } from './awards.ts';
import { getSite } from './site.ts';
import { getUnitsById, unitLabel } from './units.ts';
import { generateOpenDataRows, type OpenDataRow } from '../domain/open-data.ts';
import { getRecipientCodes } from './verify.ts';

let cached: Promise<OpenDataRow[]> | undefined;

async function load(): Promise<OpenDataRow[]> {
  const [decisions, units, site, codes] = await Promise.all([
    getDecisions(),
    getUnitsById(),
    getSite(),
    getRecipientCodes(),
  ]);
  return generateOpenDataRows(
    decisions.map(({ id, entry, type, issuer, groups }) => ({
      id,
      decision: entry.data.decision,
      signed: entry.data.signed,
      issuer: entry.data.issuer,
      issuerName: issuer.name,
      level: issuer.level,
      award: entry.data.award,
      awardName: type.name,
      class: entry.data.class,
      period: entry.data.period.label,
      status: entry.data.status,
      recipients: groups.flatMap((group) =>
        group.rows.map((row) => ({
          ...row,
          unitName: unitLabel(row.unit, units),
          unitFormerNames: row.unit ? units.get(row.unit)?.data.formerNames.map((f) => f.name) : undefined,
          code: codes.get(id)?.get(row.anchor),
        })),
      ),
    })),
    site.url,
  );
}

export function getOpenDataRows(): Promise<OpenDataRow[]> {
  cached ??= load();
  return cached;
}
