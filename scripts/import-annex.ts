/**
 * `npm run import -- <file.xlsx|file.docx|file.csv> [options]`: turn an award annex as offices
 * keep it (every sheet of a workbook, or the table at the end of a Word decision) into a decision
 * (content/awards/<slug>.yaml) and its recipients (<slug>.csv). Prints every problem, then one
 * screen summing up what it would write; writes nothing while an error stands, nor with --chay-thu.
 * Thin: reads and writes files; the work is in src/import/.
 *
 * Exit codes: 0 written · 1 rows or options rejected, nothing written · 2 cannot run (usage,
 * missing or unreadable file) · 3 the output files exist already (never overwritten).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { importAnnex } from '../src/import/annex.ts';
import { DECISION_OPTIONS, type DecisionInput } from '../src/import/decision.ts';
import { parseKind } from '../src/import/headers.ts';
import { generateDecisionYaml, generateRecipientsCsv, TO_FILL } from '../src/import/output.ts';
import { readAnnexFile } from '../src/import/read-file.ts';
import { formatProblems, formatSummary } from '../src/import/report.ts';
import { createUnitMatcher } from '../src/import/units.ts';
import { readIds, readKnownUnits } from '../src/io/read-known-ids.ts';
import { readTaxonomy } from '../src/io/read-taxonomy.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../src/project.ts';
import { ID_PATTERN } from '../src/schemas/common.ts';
import { vietnamIsoDate } from '../src/utils/dates.ts';
import { type BilingualFlag, readBilingualOptions, runCommand, Stop } from './lib/bilingual-cli.ts';

const USAGE = `Cách dùng / Usage: npm run import -- <tệp.xlsx|tệp.docx|tệp.csv> [tùy chọn]

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
  --trang-tinh <tên|số,…>   chỉ đọc các trang tính này (mặc định: mọi trang tính) (--sheet)
  --doc-ca-phan-an          đọc cả dòng, cột, trang tính bị ẩn         (--include-hidden)
  --chuyen-ma               tự chuyển chữ TCVN3/VNI sang Unicode      (--convert-legacy)
  --don-vi-tu-do            giữ đơn vị không có trong content/units dưới dạng chữ (--free-text-units)
  --bo-qua-dong-loi         vẫn ghi, bỏ các dòng bị lỗi               (--skip-invalid)
  --chay-thu                chỉ in tóm tắt, không ghi gì              (--dry-run)
Nơi ghi:
  --ten-tep <slug>          tên tệp (không dấu), mặc định theo tiêu đề hoặc tên tệp nguồn (--slug)
  --thu-muc <thư mục>       mặc định content/awards                   (--out)
  --noi-dung <thư mục>      thư mục nội dung để tra đơn vị, mặc định content (--content)
  --huong-dan               hiện hướng dẫn này                         (--help)

Mã thoát / Exit codes: 0 đã ghi (hoặc chạy thử không lỗi) · 1 có dòng hoặc tùy chọn bị từ chối, chưa ghi gì · 2 không chạy được · 3 tệp đã có, không ghi đè`;

const FLAGS: Record<string, BilingualFlag> = {
  ...Object.fromEntries(Object.entries(DECISION_OPTIONS).map(([key, names]) => [key, { ...names }])),
  kind: { vi: 'loai-doi-tuong', en: 'kind' },
  sheet: { vi: 'trang-tinh', en: 'sheet' },
  convertLegacy: { vi: 'chuyen-ma', en: 'convert-legacy', boolean: true },
  freeTextUnits: { vi: 'don-vi-tu-do', en: 'free-text-units', boolean: true },
  skipInvalid: { vi: 'bo-qua-dong-loi', en: 'skip-invalid', boolean: true },
  includeHidden: { vi: 'doc-ca-phan-an', en: 'include-hidden', boolean: true },
  dryRun: { vi: 'chay-thu', en: 'dry-run', boolean: true },
  slug: { vi: 'ten-tep', en: 'slug' },
  out: { vi: 'thu-muc', en: 'out' },
  content: { vi: 'noi-dung', en: 'content' },
  help: { vi: 'huong-dan', en: 'help', boolean: true },
};

function readOptions(argv: string[]) {
  const { value, positionals } = readBilingualOptions(argv, FLAGS, USAGE);
  return { value, files: positionals };
}

/** A file name from the title (or the source's name), cut at a word under 60 characters. */
function defaultSlug(text: string): string {
  const slug = slugify(text, { locale: 'vi' });
  return slug.length <= 60 ? slug : slug.slice(0, slug.lastIndexOf('-', 60));
}

/** Read the annex and what the site knows; import; print the problems and the summary. */
async function run(value: (key: string) => unknown, input: string) {
  const root = process.cwd();
  const contentDir = (value('content') as string | undefined) ?? CONTENT_DIR;
  const taxonomy = readTaxonomy(root, TAXONOMY_FILE);
  const knownUnits = readKnownUnits(root, contentDir);
  const read = await readAnnexFile(readFileSync(input), basename(input));
  if (!read.ok) throw new Stop(2, `${read.vi}\n${read.en}`);
  const rows = read.grids.reduce((n, grid) => n + grid.rows.length, 0);
  const sheets = read.grids.length > 1 ? `, ${read.grids.length} trang tính / sheets` : '';
  console.log(`Đọc / Reading ${input} (${read.how}${sheets}), ${rows} dòng / rows.`);

  const decisionInput: DecisionInput = {};
  for (const field of Object.keys(DECISION_OPTIONS) as (keyof typeof DECISION_OPTIONS)[]) {
    const given = value(field);
    if (typeof given === 'string') decisionInput[field] = given;
  }
  const kindOption = value('kind') as string | undefined;
  const kind = kindOption === undefined ? undefined : parseKind(kindOption);
  if (kindOption !== undefined && !kind) {
    throw new Stop(
      2,
      `Loại đối tượng không hợp lệ / Unknown recipient kind (--loai-doi-tuong): "${kindOption}". ca-nhan, tap-the, ho-gia-dinh.`,
    );
  }
  const sheetOption = value('sheet') as string | undefined;
  const chosen = sheetOption
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const wanted of chosen ?? []) {
    if (!read.grids.some((grid, i) => grid.name === wanted || String(i + 1) === wanted)) {
      const names = read.grids.map((grid) => `"${grid.name}"`).join(', ');
      throw new Stop(
        2,
        `Tệp không có trang tính "${wanted}". Các trang tính: ${names}.\nNo sheet "${wanted}". Sheets: ${names}.`,
      );
    }
  }
  const result = importAnnex(
    read.grids,
    {
      units: createUnitMatcher(knownUnits),
      taxonomy,
      clusters: new Set(readIds(root, contentDir, 'clusters').keys()),
      movements: new Set(readIds(root, contentDir, 'movements').keys()),
    },
    decisionInput,
    {
      defaultKind: kind,
      sheets: chosen,
      convertLegacy: Boolean(value('convertLegacy')),
      freeTextUnits: Boolean(value('freeTextUnits')),
      includeHidden: Boolean(value('includeHidden')),
    },
  );
  const source = basename(input);
  if (result.problems.length) console.log(`\n${formatProblems(result.problems, source)}\n`);
  const unitNames = new Map(knownUnits.map((unit) => [unit.id, unit.name]));
  return { root, contentDir, taxonomy, result, source, unitNames };
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
  const { root, contentDir, taxonomy, result, source, unitNames } = await run(value, input);

  if (result.decisions.length > 1) {
    const list = result.decisions.map((d) => `  ${d.number}: ${d.sheets.map((s) => `"${s}"`).join(', ')}`).join('\n');
    console.log(
      `Tệp này có ${result.decisions.length} quyết định khác nhau:\n${list}\nChọn một bằng --trang-tinh, ví dụ --trang-tinh "${result.decisions[0]?.sheets.join(',')}". Chưa ghi tệp nào.\n` +
        `This file holds ${result.decisions.length} different decisions. Choose one with --sheet. Nothing was written.`,
    );
    return 1;
  }
  console.log(formatSummary(result, taxonomy, unitNames));
  const errors = result.problems.filter((p) => p.severity === 'error');
  const fatal = errors.some((p) => p.rowKey === undefined);
  const rejected = result.rejected.length;
  if (fatal) {
    console.log(
      '\nChưa ghi tệp nào: hãy sửa các lỗi trên rồi chạy lại.\nNothing was written: fix the errors above and run again.',
    );
    return 1;
  }
  if (rejected && !value('skipInvalid')) {
    console.log(
      '\nChưa ghi tệp nào: hãy sửa các dòng bị từ chối rồi chạy lại, hoặc thêm --bo-qua-dong-loi để ghi các dòng hợp lệ và bỏ các dòng lỗi.\n' +
        'Nothing was written: fix the rejected rows and run again, or add --skip-invalid to write the valid rows only.',
    );
    return 1;
  }
  if (!result.recipients.length) {
    console.log('\nKhông có dòng nào để ghi.\nThere is no row to write.');
    return 1;
  }
  if (value('dryRun')) {
    console.log(
      '\nChạy thử: chưa ghi gì. Bỏ --chay-thu để ghi.\nDry run: nothing was written. Leave out --dry-run to write.',
    );
    return 0;
  }

  const fields = result.decision.fields;
  const slug =
    (value('slug') as string | undefined) ?? defaultSlug(String(fields.title ?? basename(input, extname(input))));
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
    fields,
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

await runCommand(main);
