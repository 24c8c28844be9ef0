// html-validate 11 over the built site (tests/build/html-validate.test.ts; `npx html-validate dist`).
// The recommended preset, with one rule off:
//
// - long-title (a <title> over 70 characters): an SEO length hint, not a markup error. Story
//   headlines may be up to 200 characters by the content model, and the <title> carries the
//   whole headline plus the site name for bookmarks, tabs and screen readers; search engines
//   shorten it for display themselves. Cutting it would lose words of official headlines.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    'long-title': 'off',
  },
};
