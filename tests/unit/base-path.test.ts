/**
 * A site under a base path (site.yaml's url `https://org.github.io/thi-dua-tinh/`): what content
 * writes from the site's root moves under it, the redirects of migrated stories name it on both
 * sides, the search manifest gives the archive's address under it. The built site is checked in
 * Chromium by tests/browser/base-path.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generateRedirectsFile, planRedirects } from '../../src/redirects/generate-redirects.ts';
import { createRoutes, underBase } from '../../src/routing/routes.ts';
import { planScopes, type IndexedPage } from '../../src/search/scopes.ts';

const BASE = '/thi-dua-tinh/';

describe('paths that content writes from the site’s root', () => {
  it.each([
    ['/khen-thuong/qd-1/#nguyen-van-an', '/thi-dua-tinh/khen-thuong/qd-1/#nguyen-van-an'],
    ['/tep/qd-1.pdf', '/thi-dua-tinh/tep/qd-1.pdf'],
    ['/', '/thi-dua-tinh/'],
    // Already under the base (copied from the address bar), or the base itself: as written.
    ['/thi-dua-tinh/bang-vang/', '/thi-dua-tinh/bang-vang/'],
    ['/thi-dua-tinh', '/thi-dua-tinh'],
    // Not a path from the root: as written.
    ['https://example.org/x/', 'https://example.org/x/'],
    ['//cdn.example.org/a.png', '//cdn.example.org/a.png'],
    ['anh/a.jpg', 'anh/a.jpg'],
    ['#danh-sach', '#danh-sach'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
  ])('%s → %s', (path, moved) => {
    expect(underBase(BASE, path)).toBe(moved);
    expect(createRoutes('/thi-dua-tinh').fromContent(path)).toBe(moved);
  });

  it('stay as written at the root', () => {
    for (const path of ['/khen-thuong/qd-1/', '/tep/qd-1.pdf', '/thi-dua-tinh/x/']) {
      expect(createRoutes('/').fromContent(path)).toBe(path);
    }
  });
});

describe('redirects of migrated stories under a base path', () => {
  const address = (from: string, slug = 'tin-moi') => ({ from, slug, file: `${slug}.md`, draft: false });
  const routes = createRoutes(BASE);
  const plan = planRedirects(
    [address('/news/cu-1.html'), address('/tin-tuc/tin-moi/'), address('/index.php?id=5')],
    routes.story,
    routes.base,
  );

  it('serve each old path under the base (Astro’s redirects) and lead to the story under it', () => {
    expect(plan.paths).toEqual({ '/news/cu-1.html': '/thi-dua-tinh/tin-tuc/tin-moi/' });
    expect(plan.queries.get('/index.php')).toEqual([{ query: 'id=5', to: '/thi-dua-tinh/tin-tuc/tin-moi/' }]);
  });

  it('name the base on both sides of `_redirects`, as GitLab Pages asks of a project site', () => {
    expect(generateRedirectsFile(plan)).toBe('/thi-dua-tinh/news/cu-1.html /thi-dua-tinh/tin-tuc/tin-moi/ 301\n');
  });

  it('are unchanged at the root', () => {
    const root = createRoutes('/');
    const atRoot = planRedirects([address('/news/cu-1.html')], root.story);
    expect(generateRedirectsFile(atRoot)).toBe('/news/cu-1.html /tin-tuc/tin-moi/ 301\n');
  });
});

describe('the search manifest under a base path', () => {
  const story = (n: number, date: string): IndexedPage => ({ file: `tin-tuc/s${n}/index.html`, story: true, date });
  const pages = [story(1, '2024-01-01'), story(2, '2020-01-01'), story(3, '2019-01-01')];

  it('gives the archive’s address under the base', () => {
    const plan = planScopes(pages, { mainPages: 1, minStories: 1, base: BASE });
    expect(plan.manifest.archive?.path).toBe('/thi-dua-tinh/pagefind/luu-tru/');
    expect(planScopes(pages, { mainPages: 1, minStories: 1 }).manifest.archive?.path).toBe('/pagefind/luu-tru/');
  });
});
