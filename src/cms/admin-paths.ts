/**
 * Where the browser editor lives on the site, from the routes module (base path included):
 * the `[admin]` route's folder and the address of each of its files.
 */
import { routes } from '../routing/index.ts';
import { SECTIONS } from '../routing/routes.ts';

/** The folder of the editor's pages (the `[admin]` route parameter). */
export const ADMIN_FOLDER = SECTIONS.admin;

/** The site-absolute address of a file of the editor (`adminPath('config.yml')`). */
export function adminPath(file = ''): string {
  return `${routes.admin()}${file}`;
}

/** The `[admin]` route parameter: the folder when the site has an editor, no page at all when not. */
export function adminRouteParams(editor: unknown): { admin: string }[] {
  return editor ? [{ admin: ADMIN_FOLDER }] : [];
}
