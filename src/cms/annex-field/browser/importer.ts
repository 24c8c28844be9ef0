/**
 * /admin/nhap/importer.js: the annex importer in the browser, loaded by the field (widget.ts) only
 * once an officer picks a file. Fetches the site's data (du-lieu.json, beside this script) once.
 */
import type { AnnexEditorData } from '../editor-data.ts';
import { importInEditor, type AnnexRequest } from '../import-in-editor.ts';
import type { AnnexReport } from '../report.ts';

let data: Promise<AnnexEditorData> | undefined;

function siteData(): Promise<AnnexEditorData> {
  data ??= fetch(new URL('du-lieu.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`du-lieu.json: ${response.status}`);
    return response.json() as Promise<AnnexEditorData>;
  });
  data.catch(() => (data = undefined));
  return data;
}

export async function importFile(file: File, request: AnnexRequest): Promise<AnnexReport> {
  const [bytes, site] = await Promise.all([file.arrayBuffer(), siteData()]);
  return importInEditor(new Uint8Array(bytes), file.name, request, site);
}
