/**
 * The open-data rows of the whole site, a decision at a time (never all at once: a million
 * recipients make a file of several hundred megabytes), and the hand-over to the integration that
 * writes the files in a build (integrations/open-data.ts): Astro would hold an endpoint's whole
 * response in memory.
 */
import { getDecisions, readDecisionRows } from './awards.ts';
import { getSite } from './site.ts';
import { getUnitsById } from './units.ts';
import { getRecipientCodes } from './verify.ts';
import { provideOpenData, type OpenDataFile } from '../astro-adapter/handoffs.ts';
import { generateOpenDataRows, type OpenDataRow } from '../domain/open-data.ts';
import { generateOpenDataCsvChunks, generateOpenDataJsonChunks } from '../domain/open-data-files.ts';
import { routes } from '../routing/index.ts';
import { digestOf } from '../io/digest.ts';
import { LICENCES, type DatasetInput } from '../domain/open-data-metadata.ts';
import { vietnamIsoDate } from '../utils/dates.ts';

/** Every row, decision by decision, each decision's rows read when the reader gets to them. */
async function openDataRows(): Promise<Iterable<OpenDataRow>> {
  const [decisions, units, site, codes] = await Promise.all([
    getDecisions(),
    getUnitsById(),
    getSite(),
    getRecipientCodes(),
  ]);
  return (function* () {
    for (const decision of decisions) {
      const { id, entry, type, issuer } = decision;
      const { groups } = readDecisionRows(decision, units);
      yield* generateOpenDataRows(
        [
          {
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
          },
        ],
        site.url,
      );
    }
  })();
}

/** The CSV file's pieces, as the reader takes them. */
export async function openDataCsv(): Promise<Iterable<string>> {
  return generateOpenDataCsvChunks(await openDataRows());
}

/** The JSON file's pieces, as the reader takes them. */
export async function openDataJson(): Promise<Iterable<string>> {
  return generateOpenDataJsonChunks(await openDataRows());
}

let handedOver: Promise<void> | undefined;

/**
 * Hands the open-data files to the integration that writes them when the pages are done, with the
 * digest of everything they show: every decision (its file and annex), the units and their former
 * names, the taxonomy and the site's address. An unchanged digest lets the build reuse the files.
 */
export function handOverOpenData(): Promise<void> {
  handedOver ??= (async () => {
    const [decisions, units, site] = await Promise.all([getDecisions(), getUnitsById(), getSite()]);
    const key = digestOf([
      site.url,
      routes.openData('csv'),
      ...decisions.map((d) => [d.id, d.entry.digest, d.type, d.issuer]),
      ...[...units.values()].map((u) => [u.id, u.digest]),
    ]);
    const files: OpenDataFile[] = [
      { path: routes.openData('csv'), chunks: openDataCsv },
      { path: routes.openData('json'), chunks: openDataJson },
    ];
    provideOpenData({ key, files });
  })();
  return handedOver;
}

let dataset: Promise<DatasetInput> | undefined;

async function loadDataset(): Promise<DatasetInput> {
  const [site, decisions] = await Promise.all([getSite(), getDecisions()]);
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
    // One row per recipient (generateOpenDataRows), counted without reading the rows.
    rows: decisions.reduce((sum, d) => sum + d.total, 0),
    newest: newest ? vietnamIsoDate(newest) : undefined,
  };
}

/** What the data page and the CSV's metadata say of the dataset: its files, licence and size. */
export function getOpenDataDataset(): Promise<DatasetInput> {
  dataset ??= loadDataset();
  return dataset;
}
