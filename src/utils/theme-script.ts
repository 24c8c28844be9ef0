/**
 * The one script that must run before the page is painted: mark the page as having scripts (the
 * `js` class keeps the place of the tools a script reveals, global.css, so nothing moves when they
 * appear) and apply a remembered night-mode choice (ThemeToggle.astro) so a dark page never
 * flashes light. It is inline, so the
 * Content-Security-Policy allows it by its SHA-256 hash, computed from this same text in
 * astro.config.mjs (src/security/csp.ts): edit it here and the hash follows.
 */
export const THEME_SCRIPT =
  "document.documentElement.classList.add('js');try{const t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";
