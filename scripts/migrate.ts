/**
 * `npm run migrate -- <nguồn> [tùy chọn]`: bring an old portal's archive in. The source is an RSS
 * or Atom feed (file or address), a WordPress export, or a folder of saved article pages. Thin:
 * reads and writes; the work is in src/migrate/.
 *
 * Exit codes: 0 done (or nothing new) · 1 files in the way, nothing written · 2 cannot run
 * (usage, unreadable source or option file).
 */
import { existsSync, readFileSync } from 'node:fs';
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
import { type BilingualFlag, readBilingualOptions, runCommand, Stop } from './lib/bilingual-cli.ts';

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
  categories: { vi: 'chuyen-muc', en: 'categories' },
  images: { vi: 'anh', en: 'images' },
  selector: { vi: 'selector', en: 'selector' },
  defaultAuthor: { vi: 'tac-gia', en: 'default-author' },
  convertLegacy: { vi: 'chuyen-ma', en: 'convert-legacy', boolean: true },
  dryRun: { vi: 'chay-thu', en: 'dry-run', boolean: true },
  content: { vi: 'noi-dung', en: 'content' },
  help: { vi: 'huong-dan', en: 'help', boolean: true },
} satisfies Record<string, BilingualFlag>;

function readOptions(argv: string[]) {
  return readBilingualOptions(argv, FLAGS, USAGE);
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

await runCommand(
  main,
  // Source errors and multi-line messages are written for the press officer already.
  (error) => error instanceof SourceError || (error instanceof Error && error.message.includes('\n')),
);
