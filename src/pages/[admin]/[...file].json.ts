/** The editor's .json files under /admin/: see _files.ts. */
import { adminFileRoute } from './_files.ts';

export const { getStaticPaths, GET } = adminFileRoute('json');
