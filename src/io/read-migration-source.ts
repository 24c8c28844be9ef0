/**
 * Node I/O of `npm run migrate`: read the source (a feed or WordPress export file, an address, or
 * a folder of saved pages), what the content tree holds already, and where each picture is.
 * The work on what is read is in src/migrate/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { decodePage } from '../migrate/decode-page.ts';
import type { ImageFound } from '../migrate/plan.ts';
import { readFeed } from '../migrate/read-feed.ts';
import { readPage } from '../migrate/read-page.ts';
import { readWxr } from '../migrate/read-wxr.ts';
import type { SourceImage, SourceItem, SourceRead } from '../migrate/types.ts';
import { readOldAddresses } from '../redirects/old-addresses.ts';
import { readCollection } from './read-content.ts';

/** A source that cannot be read: the message says why, in Vietnamese then English. */
export class SourceError extends Error {}

const PAGE = /\.html?$/i;
const PICTURE_TYPES = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif']);

/** Saved pages in a folder and its subfolders, except the "<page>_files" folders browsers add. */
function pageFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(folder, entry.name);
    if (entry.isDirectory() && !/_files$|_tệp$/.test(entry.name)) found.push(...pageFiles(full));
    else if (entry.isFile() && PAGE.test(entry.name)) found.push(full);
  }
  return found;
}

/** Fetch an address, with a clear message when there is no network (as on this project's machines). */
async function download(address: string): Promise<string> {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new SourceError(
      `Không tải được ${address} (${cause}): máy không có mạng hoặc trang cũ không trả lời. Hãy tải tệp về (Lưu thành…) rồi chạy lại với đường dẫn tệp.\n` +
        `Could not fetch ${address} (${cause}): no network, or the old portal does not answer. Save the file and run again with its path.`,
    );
  }
}

export interface ReadSourceOptions {
  selector?: string | undefined;
}

export async function readMigrationSource(source: string, options: ReadSourceOptions = {}): Promise<SourceRead> {
  if (/^https?:\/\//i.test(source)) {
    const text = await download(source);
    return text.includes('wordpress.org/export/') ? readWxr(text, source) : readFeed(text, source);
  }
  if (!existsSync(source)) throw new SourceError(`Không tìm thấy tệp hoặc thư mục / Not found: ${source}`);
  if (statSync(source).isDirectory()) {
    const read: SourceRead = { kind: 'pages', items: [], skipped: [] };
    for (const file of pageFiles(source)) {
      const origin = relative(process.cwd(), file);
      const { text } = decodePage(readFileSync(file));
      const page = readPage(text, origin, options);
      if ('skipped' in page) read.skipped.push(page.skipped);
      else read.items.push({ ...page.item, baseDir: resolve(file, '..') });
    }
    if (!read.items.length && !read.skipped.length) {
      throw new SourceError(`Thư mục ${source} không có trang .html nào.\nThe folder ${source} has no .html page.`);
    }
    return read;
  }
  const { text } = decodePage(readFileSync(source));
  const extension = extname(source).toLowerCase();
  if (PAGE.test(source)) {
    const page = readPage(text, source, options);
    return 'skipped' in page
      ? { kind: 'pages', items: [], skipped: [page.skipped] }
      : { kind: 'pages', items: [{ ...page.item, baseDir: resolve(source, '..') }], skipped: [] };
  }
  if (!['.xml', '.rss', '.atom', '.wxr'].includes(extension)) {
    throw new SourceError(
      `Không nhận dạng được nguồn ${source}: cần tệp RSS/Atom (.xml, .rss), tệp xuất WordPress (.xml) hoặc thư mục các trang .html.\n` +
        `Unknown source ${source}: give an RSS/Atom feed, a WordPress export or a folder of .html pages.`,
    );
  }
  const base = resolve(source, '..');
  const read = text.includes('wordpress.org/export/') ? readWxr(text, source) : readFeed(text, source);
  for (const item of read.items) item.baseDir = base;
  return read;
}

export interface ExistingContent {
  migrated: Map<string, string>;
  storySlugs: Set<string>;
  awardSlugs: Set<string>;
}

export function readExistingContent(root: string, contentDir: string): ExistingContent {
  const stories = readCollection(root, contentDir, 'articles').files;
  const awards = readCollection(root, contentDir, 'awards').files;
  return {
    migrated: new Map(readOldAddresses(stories).map((a) => [a.from, a.file])),
    storySlugs: new Set(stories.map((f) => f.id)),
    awardSlugs: new Set(awards.map((f) => f.id)),
  };
}

/**
 * Where a picture is: beside the saved page ("<page>_files/x.jpg"), or, for an address on the old
 * portal, in the folder of pictures the office copied (`--anh`), found by the address's path
 * ("/wp-content/uploads/2024/03/x.jpg" → "<folder>/2024/03/x.jpg").
 */
export function createImageLocator(
  imagesDir: string | undefined,
): (image: SourceImage, item: SourceItem) => ImageFound {
  return (image, item) => {
    const src = image.src.trim();
    if (src.startsWith('data:'))
      return {
        ok: false,
        vi: 'Ảnh nhúng thẳng trong trang (data:), không chép được',
        en: 'A picture embedded in the page (data:) cannot be copied',
      };
    let path: string;
    try {
      path = decodeURIComponent(new URL(src, 'https://old.invalid/').pathname);
    } catch {
      return { ok: false, vi: 'Địa chỉ ảnh không hợp lệ', en: 'Invalid picture address' };
    }
    const extension = extname(path).toLowerCase();
    if (!PICTURE_TYPES.has(extension))
      return {
        ok: false,
        vi: `Loại ảnh ${extension || '(không rõ)'} không dùng được trên trang (cần .jpg, .png, .webp, .gif, .avif)`,
        en: `Picture type ${extension || '(unknown)'} cannot be used (.jpg, .png, .webp, .gif, .avif)`,
      };
    const candidates: string[] = [];
    const remote = /^(?:https?:)?\/\//i.test(src);
    if (!remote && !src.startsWith('/') && item.baseDir)
      candidates.push(resolve(item.baseDir, decodeURIComponent(src.split(/[?#]/)[0] ?? src)));
    if (imagesDir) {
      const parts = path.split('/').filter(Boolean);
      for (let i = 0; i < parts.length; i++) candidates.push(join(imagesDir, ...parts.slice(i)));
    }
    const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (found) return { ok: true, ext: extension === '.jpeg' ? '.jpg' : extension, from: found };
    if (remote) {
      return {
        ok: false,
        vi: 'Ảnh ở trang cũ, chưa chép được: chép thư mục ảnh của trang cũ về máy rồi chạy lại với --anh <thư mục>',
        en: 'The picture is on the old portal and was not copied: copy its pictures folder and run again with --images <folder>',
      };
    }
    return {
      ok: false,
      vi: 'Không thấy tệp ảnh cạnh trang đã lưu',
      en: 'Picture file not found beside the saved page',
    };
  };
}
