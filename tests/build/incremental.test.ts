/**
 * Incremental publishing: a build that reuses the last build's caches (Astro's page cache with our
 * cache keys, the share cards, the search archive, the name index, the open data) gives, after
 * each kind of change, the same files as a clean build of the same content, byte for byte; and it
 * reuses what did not change. The changes pile up, as pushes do: a story, a decision added, a unit
 * renamed, the taxonomy, site.yaml, a public comment notice, a recipient withheld, then the site's
 * clock passing a notice's closing day.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildRun } from '../helpers/build.ts';
import { fileHashes } from '../helpers/output-files.ts';
import { SAMPLE_NOW } from '../helpers/sample-site.ts';

const GENERATED = 'tests/fixtures/.generated/incremental';
const CONTENT = `${GENERATED}/content`;
const TAXONOMY = `${GENERATED}/award-taxonomy.yaml`;
const STORY = 'articles/2026/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026.md';
/** A notice whose outcome is a decision (its page links the notice) of a unit with pages of its own. */
const NOTICE = 'consultations/ninh-binh-huan-chuong-lao-dong-2026.yaml';
const NOTICE_DECISION = 'awards/ninh-binh-huan-chuong-lao-dong-2026.yaml';
/** After the window of the sample notice of December 2026 (4–24 December). */
const LATER = '2027-01-20T09:00:00+07:00';

/**
 * Pagefind writes its filter and metadata indexes from hash maps, in a different order on every
 * run (quality-gates.test.ts): those, and the entry file naming them, by count only.
 */
const unstable = (file: string) =>
  /^pagefind\/(.*\/)?(filter\/|pagefind\.[^/]+\.pf_meta$|pagefind-entry\.json$)/.test(file);

function edit(path: string, change: (text: string) => string): void {
  const full = join(ROOT, CONTENT, path);
  const text = readFileSync(full, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the change to ${path} changed nothing`);
  writeFileSync(full, changed);
}

const CHANGES: { name: string; apply: () => void; env?: NodeJS.ProcessEnv }[] = [
  {
    name: 'a story’s title',
    apply: () => edit(STORY, (t) => t.replace(/^title: .*$/m, 'title: Cụm Thi đua số 1 phát động thi đua (đã sửa)')),
  },
  {
    name: 'a decision added',
    apply: () =>
      writeFileSync(
        join(ROOT, CONTENT, 'awards/ninh-binh-bang-khen-moi-2026.yaml'),
        [
          'decision: 4321/QĐ-UBND',
          'title: Tặng Bằng khen cho các tập thể, cá nhân phường Đông A',
          'signed: 2026-11-30',
          'issuer: chu-tich-ubnd-tinh',
          'issuerUnit: tinh-ninh-binh',
          'award: bang-khen-bo-tinh',
          'period: 2026',
          'recipients:',
          '  - name: Nguyễn Thị Mới',
          '    kind: ca-nhan',
          '    unit: phuong-dong-a',
          '  - name: Tổ dân phố số 3',
          '    kind: tap-the',
          '    unit: phuong-dong-a',
          '',
        ].join('\n'),
      ),
  },
  {
    name: 'a unit renamed',
    apply: () => edit('units/phuong-dong-a.yaml', (t) => t.replace('Phường Đông A', 'Phường Đông An')),
  },
  {
    name: 'the taxonomy',
    apply: () => {
      const full = join(ROOT, TAXONOMY);
      writeFileSync(
        full,
        readFileSync(full, 'utf8').replace(
          'name: Bằng khen của Bộ, ban, ngành, tỉnh',
          'name: Bằng khen của Bộ, ban, ngành, tỉnh, thành phố',
        ),
      );
    },
  },
  {
    name: 'site.yaml',
    apply: () => edit('site.yaml', (t) => t.replace(/^organisation: .*$/m, 'organisation: Ban Thi đua (đã đổi)')),
  },
  {
    // Its title is on its page, the notices' list, its decision's page and in search; a proposed
    // person's name is in the name index.
    name: 'a public comment notice',
    apply: () =>
      edit(NOTICE, (t) =>
        t.replace(/^title: (.*)$/m, 'title: $1 (đã sửa)').replace('  - name: Vũ Văn Hùng\n', '  - name: Vũ Văn Hưng\n'),
      ),
  },
  {
    // The row loses its name and details on every page, search file, open-data row, lookup file
    // and share card (domain/recipients.ts publishRecipient), though its decision's text says little.
    name: 'a recipient withheld',
    apply: () =>
      edit(NOTICE_DECISION, (t) =>
        t.replace(
          '  - name: Vũ Văn Hùng\n    kind: ca-nhan\n',
          '  - name: Vũ Văn Hùng\n    kind: ca-nhan\n    withheld:\n      reason: Theo đề nghị của cá nhân\n',
        ),
      ),
  },
  { name: 'the site’s clock past a notice’s closing day', apply: () => undefined, env: { BANG_VANG_NOW: LATER } },
];

describe('an incremental build after each kind of change', () => {
  const work = mkdtempSync(join(tmpdir(), 'bang-vang-incremental-'));
  const outDir = join(work, 'dist');
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    BANG_VANG_NOW: SAMPLE_NOW,
    BANG_VANG_TAXONOMY: TAXONOMY,
    ...extra,
  });
  const results: { name: string; incremental: BuildRun; clean: BuildRun; differing: string[]; sameFiles: boolean }[] =
    [];
  let first: BuildRun;

  beforeAll(() => {
    rmSync(join(ROOT, GENERATED), { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), join(ROOT, CONTENT), { recursive: true });
    cpSync(join(ROOT, 'src/data/award-taxonomy.yaml'), join(ROOT, TAXONOMY));
    first = buildSite(CONTENT, outDir, env());
    let clock: NodeJS.ProcessEnv = {};
    CHANGES.forEach((change, index) => {
      change.apply();
      clock = { ...clock, ...change.env };
      const incremental = buildSite(CONTENT, outDir, env(clock));
      const cleanDir = join(work, `clean-${index}`, 'dist');
      const clean = buildSite(CONTENT, cleanDir, env(clock));
      const [a, b] = [fileHashes(outDir, unstable), fileHashes(cleanDir, unstable)];
      const differing = [...b].filter(([file, hash]) => a.get(file) !== hash).map(([file]) => file);
      results.push({
        name: change.name,
        incremental,
        clean,
        differing,
        sameFiles: [...a.keys()].join() === [...b.keys()].join(),
      });
      rmSync(join(work, `clean-${index}`), { recursive: true, force: true });
    });
  }, 1_800_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(join(ROOT, GENERATED), { recursive: true, force: true });
  });

  it('builds the site first', () => {
    expect(first.status, first.output).toBe(0);
  });

  it.each(CHANGES.map((change) => change.name))('gives the same files as a clean build after %s', (name) => {
    const result = results.find((r) => r.name === name);
    expect(result?.incremental.status, result?.incremental.output).toBe(0);
    expect(result?.clean.status, result?.clean.output).toBe(0);
    expect(result?.sameFiles).toBe(true);
    expect(result?.differing).toEqual([]);
  });

  it('after a story’s title, renders that story again and reuses most pages, the archive of names and the open data', () => {
    // Without the colours Astro's log may carry.
    // eslint-disable-next-line no-control-regex
    const output = (results[0]?.incremental.output ?? '').replace(/\x1b\[[0-9;]*m/g, '');
    const slug = STORY.replace(/^articles\/\d{4}\/|\.mdx?$/g, '');
    expect(output).toMatch(new RegExp(`├─ /tin-tuc/${slug}/index\\.html \\(\\+`));
    const reused = output.match(/\((restored|cached)\)/g)?.length ?? 0;
    const rendered = output.match(/├─ .*\(\+\d/g)?.length ?? 0;
    expect(reused).toBeGreaterThan(rendered);
    expect(output).toContain('open data: unchanged, reused');
    expect(output).toMatch(/name files, unchanged, reused/);
  });
});
