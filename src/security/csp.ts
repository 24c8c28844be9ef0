/**
 * The Content-Security-Policy of every page, for Astro's `security.csp` (astro.config.mjs).
 *
 * Static hosts such as GitHub Pages cannot send headers, so Astro writes the policy into a
 * <meta http-equiv="content-security-policy"> in each page's head, with the SHA-256 hashes of
 * the scripts and styles it bundles. Our one hand-written inline script (the night-mode
 * restore) is added by its hash. No 'unsafe-inline' anywhere: a script or event handler that
 * got into a page any other way would not run.
 *
 * What a <meta> policy cannot do: frame-ancestors, report-uri and sandbox are ignored there
 * (they need a header), so they are left out rather than giving a false sense of protection.
 */
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from '../utils/theme-script.ts';

type Hash = `sha256-${string}`;

export function sha256(text: string): Hash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Pictures are ours; data: for small inline images browsers and Astro may use.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  // Pagefind's search (another branch) runs its index in a worker from our own origin.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: {
    // 'wasm-unsafe-eval' lets Pagefind (the search, being added on another branch) compile its
    // WebAssembly; it allows WebAssembly only, not eval() of JavaScript.
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [sha256(THEME_SCRIPT)],
  },
  styleDirective: {
    resources: ["'self'"],
  },
};

/**
 * What /admin (the browser editor, Sveltia CMS) adds to the policy above, and nothing more:
 * inline styles (the editor styles itself with style attributes), data:/blob: pictures and
 * requests (previews of files about to be uploaded), and the git host of content/site.yaml's
 * `editor:` block: its API (and token exchange), and its avatars. Scripts stay as strict as on
 * every page. Not allowed, on purpose: the hosts' status pages (githubstatus.com,
 * hostedstatus.com for GitLab) that Sveltia polls every five minutes for a "service is down"
 * banner, which are third parties the office does not otherwise deal with (the editor works
 * without them, and the guide says where to look when saving fails); stock photo and
 * translation services an officer could switch on in the editor's settings; any CDN.
 */
export function adminCspDirectives(hosts: {
  connect: string[];
  img: string[];
}): [`connect-src ${string}`, `img-src ${string}`] {
  const list = (sources: string[]) => sources.map((source) => ` ${source}`).join('');
  return [`connect-src 'self' data: blob:${list(hosts.connect)}`, `img-src 'self' data: blob:${list(hosts.img)}`];
}

/** The style sources /admin adds: Sveltia sets inline style attributes everywhere. */
export const ADMIN_STYLE_SOURCES = ["'unsafe-inline'"];
