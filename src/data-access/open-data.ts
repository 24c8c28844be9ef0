/** The open-data rows of the whole site and what describes them, derived once per build from the decisions. */
import { getDecisions } from './awards.ts';
import { getSite } from './site.ts';
import { generateOpenDataRows, type OpenDataRow } from '../domain/open-data.ts';
import { getRecipientCodes } from './verify.ts';
import { LICENCES, type DatasetInput } from '../domain/open-data-metadata.ts';
import { routes } from '../routing/index.ts';
import { vietnamIsoDate } from '../utils/dates.ts';

let cached: Promise<OpenDataRow[]> | undefined;

async function load(): Promise<OpenDataRow[]> {
  const [decisions, site, codes] = await Promise.all([getDecisions(), getSite(), getRecipientCodes()]);
  return generateOpenDataRows(
    decisions.map(({ id, entry, type, issuer, groups }) => ({
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
          // No placeholder text in a data column: an empty name, and the flag that says why.
          name: row.nameHidden ? '' : row.name,
          unitFormerNames: row.listedUnit?.data.formerNames.map((f) => f.name),
          // A hidden row's code is drawn from its name (verify/assign-codes.ts): not published with it.
          code: row.nameHidden ? undefined : codes.get(id)?.get(row.anchor),
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

let dataset: Promise<DatasetInput> | undefined;

async function loadDataset(): Promise<DatasetInput> {
  const [site, rows, decisions] = await Promise.all([getSite(), getOpenDataRows(), getDecisions()]);
  const absolute = (path: string) => new URL(path, site.url).href;
  const newest = decisions[0]?.entry.data.signed;
  return {
    siteName: site.name,
    organisation: site.organisation,
    siteUrl: absolute(routes.home()),
    pageUrl: absolute(routes.openDataPage()),
    csvUrl: absolute(routes.openData('csv')),
    jsonUrl: absolute(routes.openData('json')),
    licence: LICENCES[site.openData.licence],
    rows: rows.length,
    newest: newest ? vietnamIsoDate(newest) : undefined,
  };
}

/** What the data page and the CSV's metadata say of the dataset: its files, licence and size. */
export function getOpenDataDataset(): Promise<DatasetInput> {
  dataset ??= loadDataset();
  return dataset;
}
