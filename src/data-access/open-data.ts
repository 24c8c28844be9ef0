/** The open-data rows of the whole site, derived once per build from the decisions. */
import { getDecisions } from './awards.ts';
import { getSite } from './site.ts';
import { generateOpenDataRows, type OpenDataRow } from '../domain/open-data.ts';

let cached: Promise<OpenDataRow[]> | undefined;

async function load(): Promise<OpenDataRow[]> {
  const [decisions, site] = await Promise.all([getDecisions(), getSite()]);
  return generateOpenDataRows(
    decisions.map(({ entry, type, issuer, groups }) => ({
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
          unitFormerNames: row.listedUnit?.data.formerNames.map((f) => f.name),
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
