/** /admin/nhap/word.js: mammoth's own browser build, as a module (see mammoth.ts). */
// @ts-expect-error the browser build has no types of its own.
import mammoth from 'mammoth/mammoth.browser.min.js';

export default mammoth as unknown;
