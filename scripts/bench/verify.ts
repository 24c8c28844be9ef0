/**
 * Verification benchmark for a built site (issue 19): the lookup files' size on disk, and the
 * compressed bytes a reader downloads, measured in Chromium through the counting server of
 * search.ts (text gzipped as a static host serves it):
 * - a QR code opened: /xac-minh/?ma=… from nothing (the page, its CSS and script, and the data);
 * - then, on that page, a code typed in, and a decision number with a name typed in (data only).
 * The codes and names are taken from the site's open data: one recipient of the largest decision
 * and one of a small one. Usage: node scripts/bench/verify.ts <dist>
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { readOpenDataRows } from '../../src/io/read-open-data.ts';
import { countingServer } from './search.ts';

export interface LookupBytes {
  what: string;
  bytes: number;
  requests: number;
}

export interface VerifyBench {
  /** The lookup files (dist/xac-minh/ but its page): count, bytes on disk, largest compressed. */
  files: number;
  bytes: number;
  largestGzip: number;
  lookups: LookupBytes[];
}

function lookupFiles(outDir: string): string[] {
  const folder = join(outDir, 'xac-minh');
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(folder, f))
    .filter((f) => statSync(f).isFile());
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.verify-record, [data-status]:not(:empty)'), undefined, {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
}

export async function measureVerify(outDir: string): Promise<VerifyBench> {
  const files = lookupFiles(outDir);
  const rows = (await readOpenDataRows(join(outDir, 'du-lieu/khen-thuong.json'))).filter((r) => r['code']);
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(String(row['decision']), (sizes.get(String(row['decision'])) ?? 0) + 1);
  const byDecision = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
  const pick = (decision: string | undefined, nth: number) => rows.filter((r) => r['decision'] === decision)[nth];
  const big = pick(byDecision[0]?.[0], 17);
  const small = pick(byDecision.at(-1)?.[0], 0);
  if (!big || !small) throw new Error('no recipients with codes in the open data');

  const server = await countingServer(outDir);
  const browser = await launchBrowser();
  const lookups: LookupBytes[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 900 }, locale: 'vi-VN' })).newPage();
    const take = (what: string) => {
      const { bytes, requests } = server.take();
      lookups.push({ what, bytes, requests });
    };
    await page.goto(`${server.url}/xac-minh/?ma=${String(big['code'])}`);
    await settled(page);
    take(`a QR code opened: the page and the record of ${String(big['decision'])} (${byDecision[0]?.[1]} recipients)`);
    await page.locator('#verify-ma').fill(String(small['code']).toLowerCase());
    await page.locator('#verify-ma').press('Enter');
    await page.waitForFunction(
      (code) => document.querySelector('[data-slot="code"]')?.textContent === code,
      small['code'],
    );
    await page.waitForLoadState('networkidle');
    take(`then a code typed in: a record of ${String(small['decision'])}`);
    for (const row of [big, small]) {
      await page.locator('#verify-so').fill(String(row['decision']));
      await page.locator('#verify-ten').fill(String(row['name']));
      await page.locator('#verify-ten').press('Enter');
      await page.waitForURL((url) => url.search.includes('so=') || url.search.includes(`ma=${String(row['code'])}`));
      await settled(page);
      take(`then a decision number and a name: ${String(row['decision'])}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    largestGzip: Math.max(...files.map((f) => gzipSync(readFileSync(f)).byteLength)),
    lookups,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: node scripts/bench/verify.ts <dist>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureVerify(dist), null, 2));
}
