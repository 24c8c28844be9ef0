/**
 * Migrated stories build, and each old address in the built site leads to its story: a page at
 * every old path (Astro's redirects: meta refresh to the story), the `_redirects` file, and the
 * page at an old script path that picks the story from the query string.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copySampleContent, runScript } from '../helpers/cli.ts';
import { fillAsOfficer } from '../helpers/migrate.ts';

const FIXTURES = 'tests/fixtures/migrate';
let dist: string;

/** The story a built redirect page sends the reader to. */
function refreshTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(html)?.[1];
}

beforeAll(() => {
  const { dir, content } = copySampleContent();
  for (const args of [
    [`${FIXTURES}/pages`, '--chuyen-ma'],
    [`${FIXTURES}/wordpress.xml`, '--anh', `${FIXTURES}/wordpress-uploads`],
  ]) {
    const run = runScript('migrate.ts', args, { BANG_VANG_CONTENT: content });
    expect(run.status, run.output).toBe(0);
  }
  fillAsOfficer(content);
  dist = join(dir, 'dist');
  const build = buildSite(content, dist);
  expect(build.status, build.output).toBe(0);
}, 300_000);

describe('old addresses of migrated stories', () => {
  it.each([
    [
      '/news/thi-dua-khen-thuong/cum-thi-dua-ky-ket-giao-uoc-2023-1452.html',
      '/tin-tuc/cum-thi-dua-cac-huyen-thanh-pho-ky-giao-uoc-thi-dua-nam-2023/',
    ],
    [
      '/portal/Pages/2026-1/Cum-Thi-dua-so-1-phat-dong-2026.aspx',
      '/tin-tuc/cum-thi-dua-so-1-phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2026/',
    ],
    [
      '/web/guest/tin-tuc/-/asset_publisher/Xk4pQz/content/phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi',
      '/tin-tuc/phat-trien-phong-trao-thi-dua-yeu-nuoc-len-mot-tam-cao-moi/',
    ],
    [
      '/2024/03/14/hoi-nghi-tong-ket/',
      '/tin-tuc/hoi-cuu-chien-binh-xa-trinh-tuong-tong-ket-cong-tac-thi-dua-nam-2023/',
    ],
  ])('%s leads to its story', (old, story) => {
    const page = join(dist, old, 'index.html');
    expect(existsSync(page), page).toBe(true);
    expect(refreshTarget(readFileSync(page, 'utf8'))).toBe(story);
    expect(existsSync(join(dist, story, 'index.html'))).toBe(true);
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`${encodeURI(old)} ${story} 301`);
  });

  it('an old Joomla address with a query string leads to its story through the script path page', () => {
    const html = readFileSync(join(dist, 'index.php', 'index.html'), 'utf8');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const story = '/tin-tuc/khoi-thi-dua-cac-huyen-thi-xa-thanh-pho-trien-khai-nhiem-vu-nam-2024/';
    expect(existsSync(join(dist, story, 'index.html'))).toBe(true);
    // The query as the old links wrote it, in another order, and without the menu's Itemid.
    for (const search of [
      '?option=com_content&view=article&id=57:khoi-thi-dua&catid=8&Itemid=101',
      '?catid=8&id=57:khoi-thi-dua&view=article&option=com_content',
    ]) {
      let went: string | undefined;
      runInNewContext(script, { URLSearchParams, location: { search, replace: (to: string) => (went = to) } });
      expect(went).toBe(story);
    }
    let nowhere: string | undefined;
    runInNewContext(script, {
      URLSearchParams,
      location: { search: '?option=com_content&id=99', replace: (to: string) => (nowhere = to) },
    });
    expect(nowhere).toBeUndefined();
    // Readers without scripts get the link.
    expect(html).toContain(`<a href="${story}">`);
  });
});
