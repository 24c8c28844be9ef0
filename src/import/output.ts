/**
 * Write what an import produced: the decision's YAML (its own fields, or clearly marked
 * placeholders to fill) and the recipients' CSV annex beside it. Pure: text in, text out.
 */
import { stringify } from 'csv-stringify/sync';
import { RECIPIENT_CSV_COLUMNS } from '../schemas/recipient.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { yamlScalar } from '../utils/yaml-scalar.ts';
import type { DecisionFields } from './decision.ts';
import type { ImportedRecipient } from './recipient-row.ts';

/** The mark every placeholder carries, so an officer can search for it. */
export const TO_FILL = 'CẦN ĐIỀN';

export interface DecisionYamlInput {
  fields: DecisionFields;
  csvName: string;
  source: string;
  /** YYYY-MM-DD, in Vietnam. */
  today: string;
  taxonomy: Taxonomy;
}

/** Fields still to fill, by name, with how to fill them. */
const PLACEHOLDERS: Record<'decision' | 'signed' | 'issuer' | 'award' | 'period', string> = {
  decision: 'số quyết định như in trên văn bản, ví dụ 1234/QĐ-UBND (--so)',
  signed: 'ngày ký, dạng YYYY-MM-DD (--ngay-ky)',
  issuer: 'cơ quan khen thưởng, ví dụ chu-tich-ubnd-tinh (--co-quan); danh sách trong src/data/award-taxonomy.yaml',
  award: 'hình thức khen thưởng, ví dụ bang-khen-bo-tinh (--hinh-thuc); danh sách trong src/data/award-taxonomy.yaml',
  period: 'năm thành tích: một năm (2025) hoặc giai đoạn "2021-2025" (--nam-thanh-tich)',
};

export function generateDecisionYaml({ fields, csvName, source, today, taxonomy }: DecisionYamlInput): {
  text: string;
  missing: string[];
} {
  const body: string[] = [];
  const missing: string[] = [];
  const type = taxonomy.awards.find((a) => a.id === fields.award);
  const placeholder = (key: string, comment: string) => {
    missing.push(key);
    body.push(`${key}: '' # ${TO_FILL}: ${comment}`);
  };
  for (const key of [
    'decision',
    'title',
    'signed',
    'issuer',
    'issuerUnit',
    'award',
    'class',
    'period',
    'status',
    'reason',
    'cluster',
    'movement',
  ] as const) {
    if (key === 'reason' && fields.signer) {
      body.push(
        'signer:',
        `  position: ${yamlScalar(fields.signer.position)}`,
        `  name: ${yamlScalar(fields.signer.name)}`,
      );
    }
    const value = fields[key];
    if (value !== undefined) body.push(`${key}: ${yamlScalar(value)}`);
    else if (key in PLACEHOLDERS) placeholder(key, PLACEHOLDERS[key as keyof typeof PLACEHOLDERS]);
    else if (key === 'class' && type?.classes) placeholder(key, `hạng (${type.classes.join(', ')}) (--hang)`);
    else if (key === 'title') body.push('# title: Tặng Bằng khen cho … (tiêu đề ngắn, không bắt buộc)');
  }
  body.push(`recipientsFile: ${yamlScalar(csvName)}`);
  const head = [
    `# Quyết định khen thưởng, nhập từ ${source} ngày ${today} bằng "npm run import".`,
    `# Danh sách người, tập thể được khen nằm trong ${csvName}.`,
    ...(missing.length
      ? [`# Còn ${missing.length} trường "${TO_FILL}" phải điền trước khi đăng; "npm run check" sẽ báo nếu còn thiếu.`]
      : []),
  ];
  return { text: `${[...head, ...body].join('\n')}\n`, missing };
}

/** The CSV annex: the content model's columns that hold something (name and kind always). */
export function generateRecipientsCsv(recipients: ImportedRecipient[]): string {
  // The importer fills some of the columns (not code, withheld or minor, which an office writes).
  const cell = (r: ImportedRecipient, column: (typeof RECIPIENT_CSV_COLUMNS)[number]) =>
    (r as Partial<Record<typeof column, string | boolean>>)[column];
  const columns = RECIPIENT_CSV_COLUMNS.filter(
    (column) => column === 'name' || column === 'kind' || recipients.some((r) => cell(r, column) !== undefined),
  );
  const rows = recipients.map((recipient) =>
    columns.map((column) => {
      const value = cell(recipient, column);
      return value === undefined ? '' : value === true ? 'x' : String(value);
    }),
  );
  // A BOM, so that Excel opens the annex with its Vietnamese letters intact; the check accepts it.
  return `\uFEFF${stringify([columns as unknown as string[], ...rows], { record_delimiter: '\n' })}`;
}
