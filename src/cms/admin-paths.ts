/**
 * Where the browser editor lives on the site: every address under /admin/ is made here, so
 * the routes module (issue 15) can take this one function over, base path included.
 */
export const ADMIN_FOLDER = 'admin';

/** The site-absolute address of a file of the editor (`adminPath('config.yml')`). */
export function adminPath(file = ''): string {
  return `/${ADMIN_FOLDER}/${file}`;
}

/** The `[admin]` route parameter: the folder when the site has an editor, no page at all when not. */
export function adminRouteParams(editor: unknown): { admin: string }[] {
  return editor ? [{ admin: ADMIN_FOLDER }] : [];
}
