/** The editor's .js files under /admin/: see _files.ts. */
import { adminFileRoute } from './_files.ts';

export const { getStaticPaths, GET } = adminFileRoute('js');
