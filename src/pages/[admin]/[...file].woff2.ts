/** The editor's .woff2 files under /admin/: see _files.ts. */
import { adminFileRoute } from './_files.ts';

export const { getStaticPaths, GET } = adminFileRoute('woff2');
