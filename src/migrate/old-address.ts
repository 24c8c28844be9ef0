/**
 * The address a story had on the old portal, as a path on that host: what `redirectFrom` holds and
 * what the new site answers at. Pure.
 */

/** Scripts whose query string says which story: index.php?option=com_content&id=5, default.aspx?id=… */
const SCRIPT = /\.(?:php\d?|aspx?|jsp|cfm|cgi)$/i;
/** Print views that name the article's own page in a parameter (SharePoint: print.aspx?p=/Pages/x.aspx). */
const PRINT_VIEW = /(?:^|\/)(?:print|printpage|in|inbai)(?:\.aspx?|\.php|\.html?)?$/i;
const PAGE_PATH = /^\/[^?#]*\.(?:aspx?|html?|php)$/i;

/**
 * The path (and the query string when it names the story) of an address on the old portal.
 * Returns undefined for what is not an http(s) address.
 */
export function oldPath(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address, 'https://old.invalid');
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = safeDecode(url.pathname);
  if (PRINT_VIEW.test(url.pathname)) {
    for (const value of url.searchParams.values()) {
      if (PAGE_PATH.test(value)) return safeDecode(value);
    }
  }
  const keepQuery = url.search.length > 1 && (SCRIPT.test(url.pathname) || url.pathname === '/');
  return keepQuery ? `${path}${url.search}` : path;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
