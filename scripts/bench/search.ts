/**
 * Search benchmark for a built site: how long indexing took (from the phase timings), how big the
 * index is, and how many compressed bytes a reader's first and second query download, measured
 * by driving Chromium through the /tim-kiem/ page.
 *
 * Bytes are counted by the server as it sends them: text (HTML, CSS, JS, JSON) gzipped as any
 * static host serves it, everything else (Pagefind's index files, already gzipped) as stored.
 * Usage: npx node scripts/bench/search.ts <dist> [timings.json] [further queries…]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { writePagefindIndex } from '../../src/io/build-search-index.ts';
import { readIndexedPages } from './indexed-pages.ts';
import { readPhaseTimings } from '../../src/integrations/phase-timings.ts';

export interface QueryBytes {
  query: string;
  /** Compressed bytes sent for this query (Pagefind's code, index, filters, fragments). */
  bytes: number;
  requests: number;
  results: number;
  /**
   * The same bytes by kind: Pagefind's code and wasm, its page table (meta), index chunks, filters,
   * result fragments, and the name index's files (names).
   */
  byKind: Record<string, number>;
}

export interface SearchBench {
  /** Indexing time from the searchIndexStart/searchIndexDone phases (Pagefind, and writing the name index the
   * search page derived while the pages rendered); null without timings. */
  indexMs: number | null;
  /**
   * Pagefind's step run again on the built site, alone (the build's own run shares the machine
   * with the disk still writing the pages it has just written): each run, and their median. The
   * name index is not in it: the build derives it with the pages and writes it while Pagefind runs.
   */
  reindexMs: number[];
  reindexMedianMs: number;
  /** Pages per second by that median. */
  pagesPerSecond: number;
  /** Records indexed: Pagefind's pages plus the name index's recipients. */
  records: number;
  /** Of which Pagefind pages, in the main index and in the archive of older stories. */
  pages: number;
  mainPages: number;
  archivePages: number;
  recordsPerSecond: number | null;
  /** dist/pagefind and dist/tim-kiem/ten together: bytes on disk and number of files. */
  indexBytes: number;
  indexFiles: number;
  /** The name index alone (dist/tim-kiem/ten). */
  nameIndexBytes: number;
  nameIndexFiles: number;
  /** The search page itself before any query (HTML, CSS, its script), compressed. */
  pageBytes: number;
  firstQuery: QueryBytes;
  secondQuery: QueryBytes;
  /**
   * With an archive: ticking "older stories too" after the second query (that query again, now
   * in both indexes), then the first query again in both.
   */
  archiveQuery?: QueryBytes;
  archiveLaterQuery?: QueryBytes;
  /** Further queries on request (options.more), after the second, in the main index. */
  moreQueries?: QueryBytes[];
}

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile());
}

function kindOf(path: string): string {
  if (path.startsWith('/tim-kiem/ten/')) return 'names';
  if (!path.startsWith('/pagefind/')) return 'page';
  if (/\/pagefind(-worker)?\.js$|\.pagefind$/.test(path)) return 'code';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  return /\/(index|filter|fragment)\//.exec(path)?.[1] ?? 'other';
}

/**
 * sirv for the files, gzip for text, and a running count of the body bytes sent. An unknown path
 * gets the site's 404 page, compressed, as GitHub and GitLab Pages answer it: a request for a file
 * that does not exist costs what it costs a reader.
 */
export async function countingServer(dir: string) {
  const outDir = resolve(dir);
  const files = sirv(outDir, { dev: false, etag: false, gzip: false });
  const notFound = existsSync(join(outDir, '404.html')) ? gzipSync(readFileSync(join(outDir, '404.html'))) : undefined;
  let bytes = 0;
  let requests = 0;
  let byKind: Record<string, number> = {};
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const kind = kindOf(path);
    const add = (n: number) => {
      bytes += n;
      byKind[kind] = (byKind[kind] ?? 0) + n;
    };
    const file = join(outDir, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (file.startsWith(outDir) && TEXT.has(extname(file)) && (req.headers['accept-encoding'] ?? '').includes('gzip')) {
      try {
        const body = gzipSync(readFileSync(file));
        add(body.byteLength);
        const types: Record<string, string> = {
          '.html': 'text/html; charset=utf-8',
          '.css': 'text/css',
          '.js': 'text/javascript',
          '.mjs': 'text/javascript',
          '.json': 'application/json',
        };
        res.writeHead(200, {
          'Content-Type': types[extname(file)] ?? 'text/plain',
          'Content-Encoding': 'gzip',
          'Cache-Control': 'no-cache',
        });
        res.end(body);
        return;
      } catch {
        // Not a file: let sirv answer (404).
      }
    }
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk: unknown) => {
      if (chunk && typeof chunk !== 'function') add(Buffer.byteLength(chunk as Buffer));
    };
    res.write = ((chunk: unknown, ...rest: never[]) => {
      count(chunk);
      return write(chunk as Buffer, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: never[]) => {
      count(chunk);
      return end(chunk as Buffer, ...rest);
    }) as typeof res.end;
    files(req, res, () => {
      if (!notFound) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take: () => {
      const out = { bytes, requests, byKind };
      bytes = 0;
      requests = 0;
      byKind = {};
      return out;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Pagefind alone, as a yardstick for the indexing rate on this machine: its Node API (the one the
 * build uses) over every page of a site, written to a scratch folder, median of `runs`.
 */
export async function pagefindYardstick(siteDir: string, runs = 3): Promise<{ pages: number; medianMs: number }> {
  const times: number[] = [];
  let pages = 0;
  const scratch = join(siteDir, '..', `.pagefind-yardstick-${process.pid}`);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const { index } = await pagefind.createIndex();
    if (!index) throw new Error('Pagefind did not start');
    pages = (await index.addDirectory({ path: siteDir })).page_count;
    await index.writeFiles({ outputPath: join(scratch, String(run)) });
    await pagefind.close();
    times.push(Math.round(performance.now() - started));
  }
  rmSync(scratch, { recursive: true, force: true });
  return { pages, medianMs: [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0 };
}

export async function measureSearch(
  outDir: string,
  options: {
    timings?: Record<string, number>;
    queries?: [string, string];
    more?: string[];
    /** Runs of the index step alone (0: none). */
    reindexRuns?: number;
  } = {},
): Promise<SearchBench> {
  const reindexMs: number[] = [];
  // The last run's files are moved aside, not deleted, and removed after the runs: this disk is
  // mounted with `discard`, and deleting thousands of files stalls the writes that follow for
  // seconds, which a build into a fresh folder never meets.
  const aside = join(outDir, '..', `.search-runs-${process.pid}`);
  // What the build hands over from its data layer, read back here once, outside the timed runs.
  const indexed = readIndexedPages(outDir, ['pagefind/']);
  for (let run = 0; run < (options.reindexRuns ?? 3); run++) {
    mkdirSync(join(aside, String(run)), { recursive: true });
    if (existsSync(join(outDir, 'pagefind')))
      renameSync(join(outDir, 'pagefind'), join(aside, String(run), 'pagefind'));
    const started = performance.now();
    await writePagefindIndex(outDir, indexed);
    reindexMs.push(Math.round(performance.now() - started));
  }
  rmSync(aside, { recursive: true, force: true });
  const sorted = [...reindexMs].sort((a, b) => a - b);
  const reindexMedianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;

  const [first, second] = options.queries ?? ['nguyen van an', 'dong hoa'];
  const bundle = join(outDir, 'pagefind');
  const bundleFiles = files(bundle);
  const pagesIn = (dir: string): number => {
    if (!existsSync(join(dir, 'pagefind-entry.json'))) return 0;
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  };
  const mainPages = pagesIn(bundle);
  const archivePages = pagesIn(join(bundle, 'luu-tru'));
  const pages = mainPages + archivePages;
  const names = join(outDir, 'tim-kiem/ten');
  const nameFiles = existsSync(names) ? files(names) : [];
  const openData = join(outDir, 'du-lieu/khen-thuong.json');
  const recipients = existsSync(openData)
    ? (JSON.parse(readFileSync(openData, 'utf8')) as { recipients: unknown[] }[]).reduce(
        (n, d) => n + d.recipients.length,
        0,
      )
    : 0;
  const records = pages + recipients;
  const size = (dir: string, list: string[]) => list.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const start = options.timings?.['searchIndexStart'];
  const done = options.timings?.['searchIndexDone'];
  const indexMs = start !== undefined && done !== undefined ? Math.round(done - start) : null;

  const server = await countingServer(outDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    const pageBytes = server.take().bytes;

    const run = async (query: string): Promise<QueryBytes> => {
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction(
        (q) => {
          const status = document.querySelector('[data-status]')?.textContent ?? '';
          return (
            status.includes(`“${q}”`) && document.querySelector('[data-results]')?.getAttribute('aria-busy') === null
          );
        },
        query,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      const { bytes, requests, byKind } = server.take();
      const results = Number(
        /([\d.]+) kết quả/.exec((await page.textContent('[data-status]')) ?? '')?.[1]?.replace(/\./g, '') ?? 0,
      );
      return { query, bytes, requests, results, byKind };
    };

    const firstQuery = await run(first);
    const secondQuery = await run(second);
    // Further queries in the main index, before the reader asks for older stories.
    const extra = [];
    for (const query of options.more ?? []) extra.push(await run(query));
    let archiveQuery: QueryBytes | undefined;
    let archiveLaterQuery: QueryBytes | undefined;
    if (await page.locator('[data-old]').isVisible()) {
      // The change starts the search at once (aria-busy set), so wait for it to end.
      await page.locator('#search-old').check();
      await page.waitForURL(/tin-cu=1/);
      await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === null, {
        timeout: 120_000,
      });
      await page.waitForLoadState('networkidle');
      const taken = server.take();
      const results = Number(
        /([\d.]+) kết quả/.exec((await page.textContent('[data-status]')) ?? '')?.[1]?.replace(/\./g, '') ?? 0,
      );
      archiveQuery = { query: second, ...taken, results };
      archiveLaterQuery = await run(first);
    }
    await context.close();
    return {
      indexMs,
      reindexMs,
      reindexMedianMs,
      pagesPerSecond: reindexMedianMs ? Math.round((pages / reindexMedianMs) * 1000) : 0,
      records,
      recordsPerSecond: indexMs ? Math.round((records / indexMs) * 1000) : null,
      pages,
      mainPages,
      archivePages,
      indexBytes: size(bundle, bundleFiles) + size(names, nameFiles),
      indexFiles: bundleFiles.length + nameFiles.length,
      nameIndexBytes: size(names, nameFiles),
      nameIndexFiles: nameFiles.length,
      pageBytes,
      firstQuery,
      secondQuery,
      ...(archiveQuery ? { archiveQuery } : {}),
      ...(archiveLaterQuery ? { archiveLaterQuery } : {}),
      ...(extra.length ? { moreQueries: extra } : {}),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, timings, ...more] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: npx node scripts/bench/search.ts <dist> [timings.json] [further queries…]');
    process.exit(2);
  }
  const marks = timings ? readPhaseTimings(timings).marks : undefined;
  console.log(JSON.stringify(await measureSearch(dist, { ...(marks ? { timings: marks } : {}), more }), null, 2));
}
