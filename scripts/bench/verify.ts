/**
 * Verification benchmark for a built site (issue 19): the lookup files' size on disk, and the
 * compressed bytes a reader downloads, measured in Chromium through the counting server of
 * search.ts (text gzipped as a static host serves it):
 * - a QR code opened: /xac-minh/?ma=… from nothing (the page, its CSS and script, and the data);
 * - then, on that page, a code typed in, and a decision number with a name typed in (data only).
 * The codes and names are taken from the site's open data: one recipient of the largest decision
 * and one of a small one. Usage: npx node scripts/bench/verify.ts <dist>
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { flattenOpenDataJson, type OpenDataJsonDecision } from '../../src/domain/open-data-files.ts';
import { codeBucket } from '../../src/verify/keys.ts';
import { countingServer } from './search.ts';

export interface LookupBytes {
  what: string;
  bytes: number;
  requests: number;
  /** What was fetched, in order. */
  paths: string[];
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
  // The open data lists each decision with its recipients (domain/open-data.ts): one row each.
  const rows = flattenOpenDataJson(
    JSON.parse(readFileSync(join(outDir, 'du-lieu/khen-thuong.json'), 'utf8')) as OpenDataJsonDecision[],
  ).filter((r) => r['code']);
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(String(row['decision']), (sizes.get(String(row['decision'])) ?? 0) + 1);
  const byDecision = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
  const pick = (decision: string | undefined, nth: number) => rows.filter((r) => r['decision'] === decision)[nth];
  const big = pick(byDecision[0]?.[0], 17);
  // A small decision's recipient whose code is in another file than the first one's.
  const codeFiles = Number(readdirSync(join(outDir, 'xac-minh/ma'))[0]);
  const small = rows.find(
    (r) =>
      r['decision'] === byDecision.at(-1)?.[0] &&
      codeBucket(String(r['code']), codeFiles) !== codeBucket(String(big?.['code']), codeFiles),
  );
  if (!big || !small) throw new Error('no recipients with codes in the open data');

  const server = await countingServer(outDir);
  const browser = await launchBrowser();
  const lookups: LookupBytes[] = [];
  try {
    let paths: string[] = [];
    const take = (what: string) => {
      const { bytes, requests } = server.take();
      lookups.push({ what, bytes, requests, paths });
      paths = [];
    };
    const fresh = async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      page.on('request', (request) => paths.push(new URL(request.url()).pathname));
      return page;
    };
    const nameQuery = (row: Record<string, unknown>) =>
      `?so=${encodeURIComponent(String(row['decision']))}&ten=${encodeURIComponent(String(row['name']))}`;

    const blank = await fresh();
    await blank.goto(`${server.url}/xac-minh/`);
    await blank.waitForLoadState('networkidle');
    take('the page alone (HTML, CSS, script)');
    await blank.context().close();

    const page = await fresh();
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
    await page.locator('#verify-so').fill(String(big['decision']));
    await page.locator('#verify-ten').fill(String(big['name']));
    await page.locator('#verify-ten').press('Enter');
    await settled(page);
    take(`then a decision number and a name: ${String(big['decision'])}, “${String(big['name'])}”`);
    await page.context().close();

    const cold = await fresh();
    await cold.goto(`${server.url}/xac-minh/${nameQuery(small)}`);
    await settled(cold);
    take(`a link with a decision number and a name opened: ${String(small['decision'])}`);
    await cold.context().close();
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
    console.error('usage: npx node scripts/bench/verify.ts <dist>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureVerify(dist), null, 2));
}
