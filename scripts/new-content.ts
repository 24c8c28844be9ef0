/**
 * `npm run new -- <story|exemplar|award|unit|lay-y-kien> "Tiêu đề" [--ngay YYYY-MM-DD]`: create a
 * content file from its template, in the right folder, and never overwrite one. Today is the
 * site's clock (BANG_VANG_NOW, or the real time: src/io/clock.ts), in Vietnam.
 * Thin: the templates are in src/scaffold/templates.ts.
 *
 * Exit codes: 0 created · 2 usage (unknown kind, no title, bad date) · 3 the file exists already.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteNow } from '../src/io/clock.ts';
import { readIds } from '../src/io/read-known-ids.ts';
import { CONTENT_DIR } from '../src/project.ts';
import { SCAFFOLD_KINDS, scaffold, TO_FILL } from '../src/scaffold/templates.ts';
import { parseVietnamDate, vietnamIsoDate } from '../src/utils/dates.ts';
import { LAYOUT } from '../src/content-model/collections.ts';

const USAGE = `Cách dùng / Usage: npm run new -- <loại> "Tiêu đề" [--ngay YYYY-MM-DD]
  loại / kind: story (tin bài) · exemplar (điển hình) · award (quyết định khen thưởng) · unit (đơn vị)
               · lay-y-kien (thông báo lấy ý kiến Nhân dân)
               (cũng nhận / also: tin, dien-hinh, khen-thuong, don-vi, consultation)
  --ngay, --date      ngày đăng, ngày ký hoặc ngày bắt đầu lấy ý kiến, mặc định hôm nay (giờ Việt Nam)
  --noi-dung, --content  thư mục nội dung, mặc định content
Ví dụ / Example: npm run new -- story "Hội nghị tổng kết công tác thi đua năm 2025"`;

const COLLECTION = {
  story: 'articles',
  exemplar: 'exemplars',
  award: 'awards',
  unit: 'units',
  consultation: 'consultations',
} as const;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ngay: { type: 'string' },
        date: { type: 'string' },
        'noi-dung': { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`Tùy chọn không hợp lệ / Invalid option: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [kindName, ...words] = parsed.positionals;
  const kind = kindName ? SCAFFOLD_KINDS[kindName.toLowerCase()] : undefined;
  const title = words.join(' ').trim();
  if (!kind || !title) {
    console.error(
      `${kindName && !kind ? `Không có loại "${kindName}" / Unknown kind "${kindName}".\n\n` : ''}${!title && kind ? 'Thiếu tiêu đề / The title is missing.\n\n' : ''}${USAGE}`,
    );
    return 2;
  }
  const given = parsed.values.ngay ?? parsed.values.date;
  if (given !== undefined) {
    const date = parseVietnamDate(given);
    if (!date.ok || date.hasTime) {
      console.error(`Ngày không hợp lệ / Invalid date: "${given}" (YYYY-MM-DD, một ngày có thật / a real date).`);
      return 2;
    }
  }
  const today = given ?? vietnamIsoDate(siteNow());
  const contentDir = parsed.values['noi-dung'] ?? parsed.values.content ?? CONTENT_DIR;
  const file = scaffold({ kind, title, today, contentDir });
  if (!file.slug) {
    console.error(`Tiêu đề không tạo được tên tệp / The title gives no file name: "${title}".`);
    return 2;
  }
  // Slugs are unique per collection, across year folders too.
  const existing = readIds(process.cwd(), contentDir, COLLECTION[kind]).get(file.slug);
  if (existing) {
    console.error(
      `Đã có ${LAYOUT[COLLECTION[kind]].labelVi} cùng tên tệp: ${existing}. Không ghi đè; hãy đổi tiêu đề hoặc sửa tệp đó.\n` +
        `A file with this name exists already: ${existing}. Not overwritten; change the title or edit that file.`,
    );
    return 3;
  }
  const path = resolve(process.cwd(), file.path);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, file.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      console.error(`Tệp đã có, không ghi đè / The file exists, not overwritten: ${file.path}`);
      return 3;
    }
    throw error;
  }
  console.log(
    `Đã tạo / Created: ${file.path}\n` +
      `Mở tệp, điền các chỗ có chữ "${TO_FILL}", rồi chạy: npm run check\n` +
      `Open it, fill in the places marked "${TO_FILL}", then run: npm run check`,
  );
  if (kind === 'story' && title.length < 10) {
    console.log('Lưu ý: tiêu đề tin bài cần ít nhất 10 ký tự. / Note: a story title needs at least 10 characters.');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`Lỗi không mong đợi / Unexpected error: ${(error as Error).message ?? String(error)}`);
  process.exitCode = 2;
}
