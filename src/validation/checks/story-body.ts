/**
 * The Markdown body of a story or exemplar, as parsed (parsing/entry.ts): raw HTML in a .md file
 * (see markdown-html.ts for why it is refused), invisible characters pasted in, and lines typed
 * with an old 8-bit font. Lines are counted in the whole file.
 */
import { LEGACY_ENCODING_LABELS, detectLegacyEncoding } from '../../utils/legacy-encoding.ts';
import { codePointLabel, findInvisible, showInvisible } from '../../utils/text.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { findRawHtml } from '../markdown-html.ts';
import type { FileContext } from '../types.ts';

/** Longest text shown for a raw HTML fragment. */
const SHOWN_HTML = 120;
/** Characters shown either side of an invisible one. */
const CONTEXT_CHARS = 30;

function rawHtml(path: string, body: string, bodyLine: number): Diagnostic[] {
  return findRawHtml(body).map((raw) => {
    const found = JSON.stringify(raw.html.length > SHOWN_HTML ? `${raw.html.slice(0, SHOWN_HTML - 3)}…` : raw.html);
    const line = bodyLine + raw.line - 1;
    return error({
      file: path,
      line,
      ...(raw.comment ? checkMessages.htmlComment(found) : checkMessages.rawHtml(found)),
    });
  });
}

/** Invisible characters split words for search and for readers. */
function invisible(path: string, body: string, bodyLine: number): Diagnostic[] {
  const found = findInvisible(body);
  if (!found) return [];
  const line = bodyLine + body.slice(0, found.index).split('\n').length - 1;
  const lineStart = body.lastIndexOf('\n', found.index - 1) + 1;
  const lineEnd = body.indexOf('\n', found.index);
  const column = found.index - lineStart + 1;
  // Up to CONTEXT_CHARS characters either side, on its own line.
  const context = showInvisible(
    body.slice(
      Math.max(lineStart, found.index - CONTEXT_CHARS),
      Math.min(lineEnd < 0 ? body.length : lineEnd, found.index + CONTEXT_CHARS),
    ),
  ).trim();
  const message = checkMessages.invisibleInBody(
    codePointLabel(found.char),
    line,
    column,
    found.count - 1,
    JSON.stringify(context),
  );
  return [error({ file: path, line, ...message })];
}

/** The first garbled line, with the converted text offered. */
function legacyEncoding(path: string, body: string, bodyLine: number): Diagnostic[] {
  const lines = body.split('\n');
  for (const [index, text] of lines.entries()) {
    const legacy = detectLegacyEncoding(text);
    if (!legacy) continue;
    const line = bodyLine + index;
    const label = LEGACY_ENCODING_LABELS[legacy.encoding];
    return [
      error({
        file: path,
        line,
        ...checkMessages.legacyInBody(line, label, legacy.text.trim(), JSON.stringify(text.trim())),
      }),
    ];
  }
  return [];
}

export function checkStoryBody({ file, entry }: FileContext): Diagnostic[] {
  if (entry.body === undefined) return [];
  const { body, bodyLine } = entry;
  return [
    ...(file.path.endsWith('.md') ? rawHtml(file.path, body, bodyLine) : []),
    ...invisible(file.path, body, bodyLine),
    ...legacyEncoding(file.path, body, bodyLine),
  ];
}
