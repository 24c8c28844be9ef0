/**
 * A decision's signed original (`document`), when it is a file: it must exist (beside the
 * decision's file, or under public/ for a path starting with "/"), be a PDF by its first bytes
 * (a picture or a Word file renamed .pdf is not one), and weigh at most 20 MB, since the page
 * offers it for download to readers on phones. An https:// address is not fetched.
 */
import { dirname, joinPath } from '../../parsing/entry.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { closestMatches } from '../suggest.ts';
import type { EntryContext } from '../types.ts';

/** The largest signed original offered for download. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** What a file that is not a PDF seems to be, from its first bytes (read as Latin-1). */
const SIGNATURES: [prefixes: string[], kind: { vi: string; en: string }][] = [
  [['\xFF\xD8\xFF'], { vi: 'ảnh JPEG', en: 'a JPEG picture' }],
  [['\x89PNG'], { vi: 'ảnh PNG', en: 'a PNG picture' }],
  [['PK\x03\x04'], { vi: 'tệp Word hoặc tệp nén (.docx, .zip)', en: 'a Word or zip file (.docx, .zip)' }],
  [['\xD0\xCF\x11\xE0'], { vi: 'tệp Word cũ (.doc)', en: 'an old Word file (.doc)' }],
  [['II*\x00', 'MM\x00*'], { vi: 'ảnh TIFF', en: 'a TIFF picture' }],
  [['<'], { vi: 'trang web (HTML)', en: 'a web page (HTML)' }],
];

/** Where a document path points, from the project root. */
export function documentFilePath(decisionFile: string, value: string): string {
  return value.startsWith('/') ? `public${value}` : joinPath(dirname(decisionFile), value);
}

export function checkDocument({ file, data, locate, options }: EntryContext): Diagnostic[] {
  const value = data['document'];
  if (file.collection !== 'awards' || typeof value !== 'string' || /^https:\/\//.test(value)) return [];
  const path = documentFilePath(file.path, value);
  const at = { ...locate(['document']), field: 'document' };
  const found = JSON.stringify(value);
  if (!options.fileExists(path)) {
    const folder = dirname(path);
    const prefix = value.slice(0, value.lastIndexOf('/') + 1);
    const nearby = (options.listFolder?.(folder) ?? []).filter((name) => /\.pdf$/i.test(name));
    const suggestions = closestMatches(path.slice(folder.length + 1), nearby).map((name) => `${prefix}${name}`);
    return [
      error({ ...at, ...checkMessages.documentMissing(path, found), ...(suggestions.length ? { suggestions } : {}) }),
    ];
  }
  const info = options.inspectFile?.(path);
  if (!info) return [];
  if (!info.head.startsWith('%PDF-')) {
    const head = info.head.trimStart();
    const kind = SIGNATURES.find(([prefixes]) => prefixes.some((prefix) => head.startsWith(prefix)))?.[1];
    return [error({ ...at, ...checkMessages.documentNotPdf(path, found, kind) })];
  }
  if (info.size > MAX_DOCUMENT_BYTES) {
    const megabytes = (info.size / 1024 / 1024).toFixed(1);
    return [error({ ...at, ...checkMessages.documentTooLarge(path, found, megabytes) })];
  }
  return [];
}
