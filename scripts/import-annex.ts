/**
 * `npm run import -- <file.xlsx|file.csv> [options]`: turn an award annex as offices keep it
 * into a decision (content/awards/<slug>.yaml) and its recipients (<slug>.csv).
 * Thin: reads and writes files; the work is in src/import/.
 *
 * Exit codes: 0 written · 1 rows or options rejected, nothing written · 2 cannot run (usage,
 * missing or unreadable file) · 3 the output files exist already (never overwritten).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import slugify from '@sindresorhus/slugify';
import { importAnnex } from '../src/import/annex.ts';
import { decodeText, ENCODING_LABELS } from '../src/import/decode.ts';
import { parseKind } from '../src/import/headers.ts';
import { checkDecisionOptions, DECISION_OPTIONS, type DecisionInput } from '../src/import/options.ts';
import { generateDecisionYaml, generateRecipientsCsv, TO_FILL } from '../src/import/output.ts';
import type { ImportProblem } from '../src/import/problem.ts';
import { formatProblems } from '../src/import/report.ts';
import { CsvSyntaxError, parseCsvRows, type SheetRow } from '../src/import/table.ts';
import { createUnitMatcher } from '../src/import/units.ts';
import { readWorkbook } from '../src/import/xlsx.ts';
import { readIds, readKnownUnits } from '../src/io/read-known-ids.ts';
import { readTaxonomy } from '../src/io/read-taxonomy.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../src/project.ts';
import { ID_PATTERN } from '../src/schemas/common.ts';
import { vietnamIsoDate } from '../src/utils/dates.ts';

const USAGE = `Cách dùng / Usage: npm run import -- <tệp.xlsx|tệp.csv> [tùy chọn]

Thông tin quyết định (thiếu trường nào thì tệp YAML ghi "${TO_FILL}" ở trường đó):
  --so <số>                 số quyết định, ví dụ 156/QĐ-UBND          (--decision)
  --ngay-ky <ngày>          ngày ký: 2024-01-18 hoặc 18/01/2024       (--signed)
  --co-quan <mã>            cơ quan khen thưởng: chu-tich-ubnd-tinh…  (--issuer)
  --don-vi-ban-hanh <đơn vị> đơn vị ban hành: tinh-lao-cai           (--issuer-unit)
  --hinh-thuc <mã>          hình thức: bang-khen-bo-tinh…             (--award)
  --hang <hạng>             hang-nhat | hang-nhi | hang-ba            (--class)
  --nam-thanh-tich <năm>    2025 hoặc 2021-2025                       (--period)
  --tieu-de <chữ>           tiêu đề ngắn                              (--title)
  --ly-do <chữ>             lý do khen thưởng                         (--reason)
  --trang-thai <mã>         quyet-dinh | de-nghi | thu-hoi            (--status)
  --cum <mã>, --phong-trao <mã>                                      (--cluster, --movement)
Cách đọc danh sách:
  --loai-doi-tuong <loại>   ca-nhan | tap-the | ho-gia-dinh cho dòng không ghi rõ (--kind)
  --trang-tinh <tên|số>     trang tính (sheet) cần đọc trong tệp Excel  (--sheet)
  --chuyen-ma               tự chuyển chữ TCVN3/VNI sang Unicode      (--convert-legacy)
  --don-vi-tu-do            giữ đơn vị không có trong content/units dưới dạng chữ (--free-text-units)
  --bo-qua-dong-loi         vẫn ghi, bỏ các dòng bị lỗi               (--skip-invalid)
Nơi ghi:
  --ten-tep <slug>          tên tệp (không dấu), mặc định theo tiêu đề hoặc tên tệp nguồn (--slug)
  --thu-muc <thư mục>       mặc định content/awards                   (--out)
  --noi-dung <thư mục>      thư mục nội dung để tra đơn vị, mặc định content (--content)
  --huong-dan               hiện hướng dẫn này                         (--help)

Mã thoát / Exit codes: 0 đã ghi · 1 có dòng hoặc tùy chọn bị từ chối, chưa ghi gì · 2 không chạy được · 3 tệp đã có, không ghi đè`;

type Flag = { vi: string; en: string; boolean?: true };
const FLAGS: Record<string, Flag> = {
  ...Object.fromEntries(Object.entries(DECISION_OPTIONS).map(([key, names]) => [key, { ...names }])),
  kind: { vi: 'loai-doi-tuong', en: 'kind' },
  sheet: { vi: 'trang-tinh', en: 'sheet' },
  convertLegacy: { vi: 'chuyen-ma', en: 'convert-legacy', boolean: true },
  freeTextUnits: { vi: 'don-vi-tu-do', en: 'free-text-units', boolean: true },
  skipInvalid: { vi: 'bo-qua-dong-loi', en: 'skip-invalid', boolean: true },
  slug: { vi: 'ten-tep', en: 'slug' },
  out: { vi: 'thu-muc', en: 'out' },
  content: { vi: 'noi-dung', en: 'content' },
  help: { vi: 'huong-dan', en: 'help', boolean: true },
};

class Stop extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

function readOptions(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const flag of Object.values(FLAGS)) {
    options[flag.vi] = { type: flag.boolean ? 'boolean' : 'string' };
    options[flag.en] = { type: flag.boolean ? 'boolean' : 'string' };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Stop(2, `Tùy chọn không hợp lệ / Invalid option: ${(error as Error).message}\n\n${USAGE}`);
  }
  const value = (key: string) => {
    const flag = FLAGS[key] as Flag;
    return parsed.values[flag.vi] ?? parsed.values[flag.en];
  };
  return { value, files: parsed.positionals };
}

async function readRows(path: string, sheet: string | undefined): Promise<{ rows: SheetRow[]; how: string }> {
  const bytes = readFileSync(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') {
    let workbook;
    try {
      workbook = await readWorkbook(bytes);
    } catch {
      throw new Stop(
        2,
        `Không đọc được tệp Excel ${path}: tệp hỏng hoặc không phải .xlsx.\nCannot read the Excel file ${path}: damaged or not .xlsx.`,
      );
    }
    const rows = workbook.rows(sheet);
    if (!rows) {
      throw new Stop(
        2,
        `Tệp không có trang tính "${sheet}". Các trang tính: ${workbook.sheetNames.join(', ')}.\nNo sheet "${sheet}". Sheets: ${workbook.sheetNames.join(', ')}.`,
      );
    }
    return { rows, how: `Excel, trang tính / sheet "${sheet ?? workbook.sheetNames[0]}"` };
  }
  if (extension === '.csv' || extension === '.txt') {
    const { text, encoding } = decodeText(bytes);
    try {
      return { rows: parseCsvRows(text), how: `CSV, bảng mã / encoding ${ENCODING_LABELS[encoding]}` };
    } catch (error) {
      const line = error instanceof CsvSyntaxError && error.line ? ` (dòng/line ${error.line})` : '';
      throw new Stop(
        2,
        `Tệp CSV bị lỗi cú pháp${line}: thường do dấu ngoặc kép không đóng.\nThe CSV file has a syntax error${line}: usually an unclosed quote.`,
      );
    }
  }
  if (extension === '.xls') {
    throw new Stop(
      2,
      'Tệp .xls (Excel 97–2003) chưa được hỗ trợ: mở trong Excel và "Lưu thành" .xlsx hoặc CSV UTF-8.\n.xls files are not supported: save as .xlsx or CSV UTF-8 in Excel.',
    );
  }
  throw new Stop(2, `Chỉ nhận tệp .xlsx hoặc .csv / Only .xlsx or .csv files: ${path}`);
}

/** A file name from the title (or the source's name), cut at a word under 60 characters. */
function defaultSlug(text: string): string {
  const slug = slugify(text, { locale: 'vi' });
  return slug.length <= 60 ? slug : slug.slice(0, slug.lastIndexOf('-', 60));
}

async function main(argv: string[]): Promise<number> {
  const { value, files } = readOptions(argv);
  if (value('help')) {
    console.log(USAGE);
    return 0;
  }
  const [input] = files;
  if (!input || files.length > 1) throw new Stop(2, USAGE);
  if (!existsSync(input)) throw new Stop(2, `Không tìm thấy tệp / File not found: ${input}`);

  const root = process.cwd();
  const contentDir = (value('content') as string | undefined) ?? CONTENT_DIR;
  const taxonomy = readTaxonomy(root, TAXONOMY_FILE);
  const units = createUnitMatcher(readKnownUnits(root, contentDir));
  const { rows, how } = await readRows(input, value('sheet') as string | undefined);
  const source = basename(input);
  console.log(`Đọc / Reading ${input} (${how}), ${rows.length} dòng / rows.`);

  // The decision's fields: options first, then what the annex's title block says.
  const decisionInput: DecisionInput = {};
  for (const field of Object.keys(DECISION_OPTIONS) as (keyof typeof DECISION_OPTIONS)[]) {
    const given = value(field);
    if (typeof given === 'string') decisionInput[field] = given;
  }
  const problems: ImportProblem[] = [];
  let kind = undefined;
  const kindOption = value('kind') as string | undefined;
  if (kindOption !== undefined) {
    kind = ['ca-nhan', 'tap-the', 'ho-gia-dinh'].includes(kindOption) ? kindOption : parseKind(kindOption);
    if (!kind) {
      problems.push({
        severity: 'error',
        option: '--loai-doi-tuong',
        vi: 'Loại đối tượng không hợp lệ.',
        en: 'Unknown recipient kind.',
        found: kindOption,
        allowedVi: 'ca-nhan, tap-the, ho-gia-dinh',
        allowedEn: 'ca-nhan, tap-the, ho-gia-dinh',
      });
    }
  }
  const award = taxonomy.awards.find((a) => a.id === decisionInput.award);
  const result = importAnnex(rows, units, {
    defaultKind: kind as never,
    convertLegacy: Boolean(value('convertLegacy')),
    freeTextUnits: Boolean(value('freeTextUnits')),
    award: award ? { name: award.name, kinds: award.kinds } : undefined,
  });
  const { preamble } = result;
  if (decisionInput.decision === undefined && preamble.decision) decisionInput.decision = preamble.decision.value;
  if (decisionInput.signed === undefined) {
    if (preamble.signed) decisionInput.signed = preamble.signed.value;
    else if (preamble.badDate) {
      const { found, row, column, year, month, days } = preamble.badDate;
      problems.push({
        severity: 'error',
        row,
        column,
        vi: `Ngày ký ghi trong tiêu đề không có thật: tháng ${month}/${year} chỉ có ${days} ngày. Sửa trong tệp hoặc ghi đúng ngày bằng --ngay-ky.`,
        en: `The signing date in the title block does not exist: ${year}-${String(month).padStart(2, '0')} has only ${days} days. Fix the file or give the right date with --signed.`,
        found,
      });
    }
  }
  const clusters = new Set(readIds(root, contentDir, 'clusters').keys());
  const movements = new Set(readIds(root, contentDir, 'movements').keys());
  const decision = checkDecisionOptions(decisionInput, { taxonomy, units, clusters, movements });
  problems.push(...decision.problems, ...result.problems);

  if (problems.length) console.log(`\n${formatProblems(problems, source)}\n`);
  const rejected = result.rejectedRows;
  const fatal =
    problems.some((p) => p.severity === 'error' && p.row === undefined) ||
    problems.some((p) => p.severity === 'error' && p.row !== undefined && !rejected.includes(p.row));
  console.log(
    `Đã đọc ${result.rowsRead} dòng dữ liệu: nhận ${result.recipients.length}, từ chối ${rejected.length}${rejected.length ? ` (dòng ${rejected.slice(0, 20).join(', ')}${rejected.length > 20 ? ', …' : ''})` : ''}.\n` +
      `Read ${result.rowsRead} data rows: ${result.recipients.length} accepted, ${rejected.length} rejected.`,
  );
  if (fatal) {
    console.log(
      'Chưa ghi tệp nào: hãy sửa các lỗi trên rồi chạy lại.\nNothing was written: fix the errors above and run again.',
    );
    return 1;
  }
  if (rejected.length && !value('skipInvalid')) {
    console.log(
      'Chưa ghi tệp nào: hãy sửa các dòng bị từ chối rồi chạy lại, hoặc thêm --bo-qua-dong-loi để ghi các dòng hợp lệ và bỏ các dòng lỗi.\n' +
        'Nothing was written: fix the rejected rows and run again, or add --skip-invalid to write the valid rows only.',
    );
    return 1;
  }
  if (!result.recipients.length) {
    console.log('Không có dòng nào để ghi.\nThere is no row to write.');
    return 1;
  }

  const slug =
    (value('slug') as string | undefined) ?? defaultSlug(decision.fields.title ?? basename(input, extname(input)));
  if (!ID_PATTERN.test(slug)) {
    throw new Stop(2, `Tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang / Invalid slug: "${slug}"`);
  }
  const outDir = (value('out') as string | undefined) ?? join(contentDir, 'awards');
  const yamlPath = resolve(outDir, `${slug}.yaml`);
  const csvPath = resolve(outDir, `${slug}.csv`);
  for (const path of [yamlPath, csvPath]) {
    if (existsSync(path)) {
      console.log(
        `Tệp ${relative(root, path)} đã có: không ghi đè. Chọn tên khác bằng --ten-tep.\n${relative(root, path)} exists already: not overwritten. Choose another name with --slug.`,
      );
      return 3;
    }
  }
  const yaml = generateDecisionYaml({
    fields: decision.fields,
    csvName: `${slug}.csv`,
    source,
    today: vietnamIsoDate(new Date()),
    taxonomy,
  });
  writeFileSync(csvPath, generateRecipientsCsv(result.recipients), { flag: 'wx' });
  writeFileSync(yamlPath, yaml.text, { flag: 'wx' });
  console.log(
    `\nĐã ghi / Written:\n  ${relative(root, yamlPath)}\n  ${relative(root, csvPath)} (${result.recipients.length} dòng / rows)`,
  );
  if (yaml.missing.length) {
    console.log(
      `Còn phải điền trong tệp YAML (tìm chữ "${TO_FILL}"): ${yaml.missing.join(', ')}.\nStill to fill in the YAML file: ${yaml.missing.join(', ')}.`,
    );
  }
  console.log('Tiếp theo: npm run check  /  Next: npm run check');
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Stop) {
    console.error(error.message);
    process.exitCode = error.code;
  } else {
    // Never a stack trace: say what happened, in both languages.
    console.error(
      `Lỗi không mong đợi / Unexpected error: ${(error as Error).message ?? String(error)}\nHãy gửi thông báo này cho người quản trị kỹ thuật. / Please send this message to the site's technical contact.`,
    );
    process.exitCode = 2;
  }
}
