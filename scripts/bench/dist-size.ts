/**
 * Where the bytes of a built site go: its size, its files, and both per part of the site (share
 * cards, story pages, decision pages, open data, the search's files…), for the benchmark and for
 * `npx node scripts/bench/dist-size.ts <dist>` on any build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts, by the folder a file is in (the first that matches). */
const PARTS: [part: string, test: RegExp][] = [
  ['shareCards', /^og\//],
  ['stories', /^tin-tuc\/(?!trang\/)[^/]+\//],
  ['decisions', /^khen-thuong\/[^/]+\//],
  ['openData', /^du-lieu\//],
  ['searchPages', /^pagefind\//],
  ['searchNames', /^tim-kiem\/ten\//],
  // The verification's lookup files (by code, by decision and name): one record per recipient.
  ['verify', /^xac-minh\//],
  ['consultations', /^lay-y-kien\//],
  ['units', /^don-vi\//],
  ['honourRoll', /^bang-vang\//],
  ['listings', /^(tin-tuc|chuyen-muc|the|luu-tru|khen-thuong|dien-hinh)\/?/],
  ['assets', /^_astro\//],
  ['editor', /^admin\//],
];

export interface DistSize {
  bytes: number;
  files: number;
  /** Bytes and files of each part; `other` is the rest (home, clusters, movements, /en/, feeds…). */
  parts: Record<string, { bytes: number; files: number }>;
}

export function distSize(dir: string): DistSize {
  const size: DistSize = { bytes: 0, files: 0, parts: {} };
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    const stat = statSync(join(dir, file));
    if (!stat.isFile()) continue;
    const path = file.replaceAll('\\', '/');
    const part = PARTS.find(([, test]) => test.test(path))?.[0] ?? 'other';
    const entry = (size.parts[part] ??= { bytes: 0, files: 0 });
    entry.bytes += stat.size;
    entry.files++;
    size.bytes += stat.size;
    size.files++;
  }
  return size;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx node scripts/bench/dist-size.ts <dist>');
    process.exit(2);
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(
      `Không có thư mục ${dir} (hãy chạy npm run build trước). / No folder ${dir} (run npm run build first).`,
    );
    process.exit(2);
  }
  const size = distSize(dir);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`${dir}: ${mb(size.bytes)} in ${size.files} files`);
  for (const [part, { bytes, files }] of Object.entries(size.parts).sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${part.padEnd(14)} ${mb(bytes).padStart(10)}  ${String(files).padStart(6)} files`);
  }
}
