/**
 * The one script that must run before the page is painted: apply a remembered night-mode choice
 * (ThemeToggle.astro) so a dark page never flashes light. It is inline, so the
 * Content-Security-Policy allows it by its SHA-256 hash, computed from this same text in
 * astro.config.mjs (src/security/csp.ts): edit it here and the hash follows.
 */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";
