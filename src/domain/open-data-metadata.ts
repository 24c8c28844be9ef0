/**
 * What a data portal harvests besides the data: the licence, the CSV's description in the W3C
 * "CSV on the Web" vocabulary (khen-thuong.csv-metadata.json, where CSVW tools look for it), and a
 * schema.org Dataset for the data page (read by search engines' dataset search and by portals that
 * harvest schema.org). All are made from open-data.ts's one description of the columns. Pure.
 */
import { OPEN_DATA_FIELDS } from './open-data.ts';
import type { OpenDataLicence } from '../schemas/open-data-settings.ts';

export interface Licence {
  /** As data portals and SPDX write it. */
  id: OpenDataLicence;
  name: string;
  url: string;
  /** What a reuser may do and must do, in a sentence. */
  vi: string;
  en: string;
}

export const LICENCES: Record<OpenDataLicence, Licence> = {
  'CC-BY-4.0': {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    vi: 'Ai cũng được sao chép, chia sẻ, chỉnh sửa và dùng dữ liệu, kể cả vì mục đích thương mại, miễn là ghi rõ nguồn.',
    en: 'Anyone may copy, share, adapt and use the data, commercially too, provided they name the source.',
  },
  'CC0-1.0': {
    id: 'CC0-1.0',
    name: 'Creative Commons CC0 1.0 Universal',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    vi: 'Dữ liệu dành cho công chúng: ai cũng được dùng vào mọi mục đích, không cần xin phép hay ghi nguồn.',
    en: 'The data is dedicated to the public domain: anyone may use it for any purpose, without permission or attribution.',
  },
  'ODC-By-1.0': {
    id: 'ODC-By-1.0',
    name: 'Open Data Commons Attribution License v1.0',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    vi: 'Ai cũng được sao chép, chia sẻ và dùng cơ sở dữ liệu, miễn là ghi rõ nguồn.',
    en: 'Anyone may copy, share and use the database, provided they name the source.',
  },
};

/** What the metadata says of the dataset and where its files are. */
export interface DatasetInput {
  siteName: string;
  organisation: string;
  siteUrl: string;
  /** Absolute addresses. */
  pageUrl: string;
  csvUrl: string;
  jsonUrl: string;
  licence: Licence;
  /** Rows in the files. */
  rows: number;
  /** The newest decision's signing date (YYYY-MM-DD): when the data last changed in substance. */
  newest?: string | undefined;
}

export const DATASET_TITLE = {
  vi: 'Danh sách tập thể, cá nhân được khen thưởng',
  en: 'Recipients of awards',
};
export const DATASET_DESCRIPTION = {
  vi: 'Mỗi dòng là một tập thể, cá nhân hoặc hộ gia đình trong một quyết định khen thưởng (hoặc tờ trình đề nghị) đăng trên trang: quyết định, hình thức khen thưởng, đơn vị, thành tích, mã xác minh.',
  en: 'Each row is a collective, person or household named in an award decision (or a proposal) published on the site: the decision, the award, the unit, the citation, the verification code.',
};

const both = (text: { vi: string; en: string }) => [
  { '@value': text.vi, '@language': 'vi' },
  { '@value': text.en, '@language': 'en' },
];

/** The CSV's description in CSVW (https://www.w3.org/TR/tabular-metadata/), with the licence and every column. */
export function generateCsvMetadata(input: DatasetInput): object {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'vi' }],
    url: input.csvUrl,
    'dc:title': both(DATASET_TITLE),
    'dc:description': both(DATASET_DESCRIPTION),
    'dc:publisher': { 'schema:name': input.organisation, 'schema:url': { '@id': input.siteUrl } },
    'dc:license': { '@id': input.licence.url },
    'dcat:landingPage': { '@id': input.pageUrl },
    ...(input.newest ? { 'dc:modified': { '@value': input.newest, '@type': 'xsd:date' } } : {}),
    dialect: { encoding: 'utf-8', header: true, delimiter: ',', doubleQuote: true, lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: OPEN_DATA_FIELDS.map((field) => ({
        name: field.key,
        titles: { vi: field.titleVi, en: field.titleEn },
        'dc:description': both(field),
        datatype: field.datatype,
      })),
    },
  };
}

/** The data page's schema.org Dataset, with its licence and both files. */
export function datasetJsonLd(input: DatasetInput): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: DATASET_TITLE.vi,
    alternateName: DATASET_TITLE.en,
    description: DATASET_DESCRIPTION.vi,
    url: input.pageUrl,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: input.licence.url,
    creator: { '@type': 'GovernmentOrganization', name: input.organisation, url: input.siteUrl },
    ...(input.newest ? { dateModified: input.newest } : {}),
    variableMeasured: OPEN_DATA_FIELDS.map((field) => field.titleVi),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}
