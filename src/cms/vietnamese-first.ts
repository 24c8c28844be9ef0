/**
 * Sveltia picks its interface language from the officer's own choice in its settings, else from
 * the browser's languages, so an officer whose browser is set to English would get an English
 * editor. This script runs before Sveltia and makes Vietnamese the choice when none was made:
 * the officer can still switch language in the editor's settings, and that choice is kept.
 * Served as a file of its own under /admin/ (the page's policy allows no inline script).
 */
export const PREFS_KEY = 'sveltia-cms.prefs';

export const VIETNAMESE_FIRST_SCRIPT = `// Tiếng Việt trước: xem src/cms/vietnamese-first.ts.
try {
  var prefs = JSON.parse(localStorage.getItem('${PREFS_KEY}') || '{}') || {};
  if (!prefs.locale) {
    prefs.locale = 'vi';
    localStorage.setItem('${PREFS_KEY}', JSON.stringify(prefs));
  }
} catch (error) {
  // Storage refused (a private window): the browser's language decides.
}
`;
