/**
 * What the build writes so old links land on migrated stories. Pure.
 *
 * - A path without a query ("/news/thoi-su/abc-123.html", "/Pages/x.aspx", "/web/guest/…"):
 *   Astro's own `redirects` config, which in a static build writes a page at that path
 *   (<path>/index.html) with a meta refresh and a canonical link to the story. GitHub Pages and
 *   GitLab Pages serve it: a request for "/Pages/x.aspx" finds the folder and answers with its
 *   index.html (after a redirect to "/Pages/x.aspx/" on GitHub Pages).
 * - The same paths in `_redirects`, for hosts that read that file (GitLab Pages, Netlify,
 *   Cloudflare Pages) and answer with a real 301.
 * - A path with a query ("/index.php?option=com_content&id=5"): a static host serves the same
 *   file whatever the query, so one page at the script's path ("/index.php/") reads the query
 *   in the browser and goes to the story, with the list of links for readers without scripts.
 *   Addresses with a query on "/" itself ("/?p=10", WordPress) cannot be served this way: "/" is
 *   the new home page. Hosts reading `_redirects` with query matching (Netlify) get them there.
 *
 * Under a base path (site.yaml's url `https://org.github.io/thi-dua-tinh/`), an old path is served
 * under it (`/thi-dua-tinh/Pages/x.aspx/`): a static site can answer nothing outside its base.
 */
import { createHash } from 'node:crypto';
import type { OldAddress } from './old-addresses.ts';

export interface QueryTarget {
  /** Query string as sorted parameters ("catid=8&id=57"). */
  query: string;
  to: string;
}

/** Sorted query parameters, so the order a link used does not matter. */
export function sortedQuery(query: string): string {
  const params = new URLSearchParams(query);
  params.sort();
  return params.toString();
}

export interface RedirectPlan {
  /** The site's base path ('/' or '/thi-dua-tinh/'): the old paths are served under it. */
  base: string;
  /** For Astro's `redirects`: old path (from the base, as Astro takes it) → story address (base included). */
  paths: Record<string, string>;
  /** Script path ("/index.php") → the queries that lead to stories. */
  queries: Map<string, QueryTarget[]>;
  /** Old addresses that cannot be served on a static host (query on "/"). */
  unservable: OldAddress[];
}

/** A path from the site's root, under the base path. */
const underBase = (base: string, path: string) => `${base}${path.replace(/^\//, '')}`;

/** @param storyPath a story's address, base path included (routes.story). */
export function planRedirects(
  addresses: readonly OldAddress[],
  storyPath: (slug: string) => string,
  base = '/',
): RedirectPlan {
  const plan: RedirectPlan = { base, paths: {}, queries: new Map(), unservable: [] };
  for (const address of addresses) {
    if (address.draft) continue;
    const to = storyPath(address.slug);
    const [path = '', query] = address.from.split('?', 2);
    if (query === undefined) {
      if (path !== '/' && underBase(base, path).replace(/\/$/, '') !== to.replace(/\/$/, '')) plan.paths[path] = to;
    } else if (path === '/' || path === '') {
      plan.unservable.push(address);
    } else {
      plan.queries.set(path, [...(plan.queries.get(path) ?? []), { query: sortedQuery(query), to }]);
    }
  }
  return plan;
}

/**
 * `_redirects` (GitLab Pages, Netlify, Cloudflare Pages): one "from to 301" line per old path.
 * Both sides carry the base path: GitLab Pages asks for the project's path on every rule of a
 * project site (namespace.gitlab.io/project-slug).
 */
export function generateRedirectsFile(plan: RedirectPlan): string {
  const encode = (path: string) => encodeURI(path);
  const lines = Object.entries(plan.paths).map(([from, to]) => `${encode(underBase(plan.base, from))} ${to} 301`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * The page at a script's old path: its script sorts the visitor's query parameters and goes to the
 * story they name (parameters the portal added for its menus, like Itemid, may be missing).
 */
export function generateQueryRedirectPage(path: string, targets: readonly QueryTarget[]): string {
  const table = JSON.stringify(Object.fromEntries(targets.map((t) => [t.query, t.to]))).replace(/</g, '\\u003c');
  const script = `(function(){var t=${table};var p=new URLSearchParams(location.search);p.sort();var q=p.toString();var to=t[q];if(!to){for(var k in t){var w=new URLSearchParams(k),ok=true;w.forEach(function(v,n){if(n!=="Itemid"&&p.get(n)!==v)ok=false});if(ok){to=t[k];break}}}if(to)location.replace(to)})();`;
  const hash = createHash('sha256').update(script).digest('base64');
  const links = targets
    .map((t) => `<li><a href="${escapeHtml(t.to)}">${escapeHtml(`${path}?${t.query}`)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${hash}'">
<meta name="robots" content="noindex">
<title>Địa chỉ cũ / Old address</title>
<script>${script}</script>
</head><body>
<p>Bài viết đã chuyển sang địa chỉ mới. Chọn bài bạn tìm: / The story has moved. Choose it:</p>
<ul>${links}</ul>
</body></html>
`;
}
