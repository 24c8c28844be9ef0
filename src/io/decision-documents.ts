/**
 * The signed originals of decisions kept as files (Node I/O only): their size for the page, their
 * bytes for the copy served beside a decision. The content check has made sure each one exists,
 * is a PDF and weighs at most 20 MB (validation/checks/document.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT } from '../content-model/collections.ts';
import { CONTENT_DIR } from '../project.ts';

/** The file a decision's `document` names: under public/ for "/…", else beside the decision in content/awards/. */
export function documentFile(value: string): string {
  return value.startsWith('/') ? join('public', value) : join(CONTENT_DIR, LAYOUT.awards.folder, value);
}

/** Size in bytes of a file (path from the project root). */
export function documentSize(path: string): number {
  return statSync(path).size;
}

/** The bytes of a file (path from the project root). */
export function readDocument(path: string): Buffer {
  return readFileSync(path);
}
