/**
 * `npm run migrate -- <nguồn> [tùy chọn]`: bring an old portal's archive in. The source is an RSS
 * or Atom feed (file or address), a WordPress export, or a folder of saved article pages. Thin:
 * reads and writes; the work is in src/migrate/.
 *
 * Exit codes: 0 done (or nothing new) · 1 files in the way, nothing written · 2 cannot run
 * (usage, unreadable source or option file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createUnitMatcher } from '../src/import/units.ts';
import { readKnownUnits } from '../src/io/read-known-ids.ts';
import {
  createImageLocator,
  readExistingContent,
  readMigrationSource,
  SourceError,
} from '../src/io/read-migration-source.ts';
import { readTaxonomy } from '../src/io/read-taxonomy.ts';
import { writeMigration } from '../src/io/write-migration.ts';
import { readCategoryFile, USUAL_CATEGORIES } from '../src/migrate/categories.ts';
import { convertItem } from '../src/migrate/convert.ts';
import { planMigration } from '../src/migrate/plan.ts';
import { formatMigrationReport } from '../src/migrate/report.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../src/project.ts';
import { vietnamIsoDate } from '../src/utils/dates.ts';

const USAGE = `Cách dùng / Usage: npm run migrate -- <nguồn> [tùy chọn]

Nguồn / Source:
  tệp RSS hoặc Atom (.xml, .rss), hoặc địa chỉ https://… của nguồn tin khi máy có mạng
  tệp xuất WordPress (Công cụ → Xuất), .xml
  thư mục các trang bài viết đã lưu (.html, mỗi trang một bài)

Tùy chọn / Options:
  --chuyen-muc <tệp.yaml>   bảng đổi chuyên mục cũ → mới, mỗi dòng "Tên cũ: ma-chuyen-muc" (--categories)
  --anh <thư mục>           thư mục ảnh chép từ trang cũ (ví dụ wp-content/uploads)   (--images)
  --selector <bộ chọn CSS>  phần tử chứa bài, khi trang cũ bị nhận sai                (--selector)
  --tac-gia <tên>           tên tác giả cho bài không ghi tên                          (--default-author)
  --chuyen-ma               tự chuyển chữ TCVN3/VNI sang Unicode                       (--convert-legacy)
  --chay-thu                chỉ báo cáo, không ghi tệp nào                             (--dry-run)
  --noi-dung <thư mục>      thư mục nội dung, mặc định content (hoặc BANG_VANG_CONTENT) (--content)
  --huong-dan               hiện hướng dẫn này                                         (--help)

Mã thoát / Exit codes: 0 xong · 1 có tệp khác nội dung đang chiếm chỗ, chưa ghi gì · 2 không chạy được`;

const FLAGS = {
  categories: { vi: 'chuyen-muc', en: 'categories', type: 'string' },
  images: { vi: 'anh', en: 'images', type: 'string' },
  selector: { vi: 'selector', en: 'selector', type: 'string' },
  defaultAuthor: { vi: 'tac-gia', en: 'default-author', type: 'string' },
  convertLegacy: { vi: 'chuyen-ma', en: 'convert-legacy', type: 'boolean' },
  dryRun: { vi: 'chay-thu', en: 'dry-run', type: 'boolean' },
  content: { vi: 'noi-dung', en: 'content', type: 'string' },
  help: { vi: 'huong-dan', en: 'help', type: 'boolean' },
} as const;

class Stop extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

function readOptions(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const flag of Object.values(FLAGS)) options[flag.vi] = options[flag.en] = { type: flag.type };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Stop(2, `Tùy chọn không hợp lệ / Invalid option: ${(error as Error).message}\n\n${USAGE}`);
  }
  const value = (key: keyof typeof FLAGS) => parsed.values[FLAGS[key].vi] ?? parsed.values[FLAGS[key].en];
  return { value, positionals: parsed.positionals };
}

async function main(argv: string[]): Promise<number> {
  const { value, positionals } = readOptions(argv);
  if (value('help')) {
    console.log(USAGE);
    return 0;
  }
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new Stop(2, USAGE);
  const root = process.cwd();
  const contentDir = (value('content') as string | undefined) ?? CONTENT_DIR;
  const categoryFile = value('categories') as string | undefined;
  let categories = USUAL_CATEGORIES;
  if (categoryFile) {
    if (!existsSync(categoryFile))
      throw new Stop(2, `Không tìm thấy tệp chuyên mục / Category file not found: ${categoryFile}`);
    const read = readCategoryFile(readFileSync(categoryFile, 'utf8'));
    if (read.problems.length)
      throw new Stop(2, read.problems.map((p) => `${categoryFile}: ${p.vi}\n${categoryFile}: ${p.en}`).join('\n'));
    categories = read.map;
  }
  const imagesDir = value('images') as string | undefined;
  if (imagesDir && !existsSync(imagesDir))
    throw new Stop(2, `Không tìm thấy thư mục ảnh / Pictures folder not found: ${imagesDir}`);

  const read = await readMigrationSource(source, { selector: value('selector') as string | undefined });
  const options = {
    convertLegacy: Boolean(value('convertLegacy')),
    categories,
    defaultAuthor: value('defaultAuthor') as string | undefined,
  };
  const converted = read.items.map((item) => convertItem(item, options));
  const existing = readExistingContent(root, contentDir);
  const plan = planMigration(converted, read.skipped, {
    contentDir,
    ...existing,
    locateImage: createImageLocator(imagesDir),
    units: createUnitMatcher(readKnownUnits(root, contentDir)),
    taxonomy: readTaxonomy(root, TAXONOMY_FILE),
    today: vietnamIsoDate(new Date()),
    convertLegacy: options.convertLegacy,
  });
  const dryRun = Boolean(value('dryRun'));
  const result = writeMigration(root, plan.writes, dryRun);
  if (result.conflicts.length) {
    console.log(
      `Các tệp sau đã có với nội dung khác, không ghi đè; chưa ghi tệp nào:\nThese files exist with other content and are not overwritten; nothing was written:\n  ${result.conflicts.join('\n  ')}`,
    );
    return 1;
  }
  console.log(
    formatMigrationReport({
      plan,
      read: read.items.length + read.skipped.length,
      source,
      dryRun,
      unchanged: result.unchanged.length,
    }),
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Stop) {
    console.error(error.message);
    process.exitCode = error.code;
  } else if (error instanceof SourceError || (error instanceof Error && error.message.includes('\n'))) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    // Never a stack trace: say what happened, in both languages.
    console.error(
      `Lỗi không mong đợi / Unexpected error: ${(error as Error).message ?? String(error)}\nHãy gửi thông báo này cho người quản trị kỹ thuật. / Please send this message to the site's technical contact.`,
    );
    process.exitCode = 2;
  }
}
