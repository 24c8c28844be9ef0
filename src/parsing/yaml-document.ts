/**
 * YAML parsing that keeps positions, so an error can name its line.
 *
 * The YAML 1.2 core schema is used on purpose: dates stay strings (checked strictly by the
 * schemas instead of being rolled over, as YAML 1.1 turns 2026-02-30 into 2 March), and
 * yes/no/on/off stay words.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { normalizeDeep } from '../utils/text.ts';

export type Path = readonly (string | number)[];

export interface ParsedYaml {
  /** The parsed value, every string normalized to NFC; undefined when the text is not YAML. */
  data: unknown;
  /** Syntax errors, each with its line. */
  errors: { line: number; column: number; message: string; code: string }[];
  /** Line (1-based, in the whole file) of the value at a path, or of its nearest parent. */
  lineOf(path: Path, key?: string): number | undefined;
}

/**
 * An unclosed quote is detected where the text ends, often many lines below the mistake: point
 * at the line where the quote was opened instead (the nearest line above with an odd number of
 * that quote character).
 */
function openingLine(text: string, line: number, code: string, message: string): number {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (code !== 'MISSING_CHAR' || !quote) return line;
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    if (((lines[i] ?? '').split(quote).length - 1) % 2 === 1) return i + 1;
  }
  return line;
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    return {
      line: openingLine(text, pos.line, error.code, message) + lineOffset,
      column: pos.col,
      code: error.code,
      message,
    };
  });
  const data = errors.length ? undefined : normalizeDeep(doc.toJS({ maxAliasCount: 100 }));

  function lineAt(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  }

  function lineOf(path: Path, key?: string): number | undefined {
    // Walk down as far as the path exists; report the deepest node found.
    let node: unknown = doc.contents;
    let line = lineAt((node as Node | null)?.range?.[0]);
    for (const segment of path) {
      if (!node || typeof node !== 'object' || !('items' in node)) break;
      const items = (node as { items: unknown[] }).items;
      let next: unknown;
      if (isMap(node)) {
        const pair = items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (isPair(pair)) {
          line = lineAt((pair.key as Node).range?.[0]) ?? line;
          next = pair.value;
        }
      } else if (typeof segment === 'number') {
        next = items[segment];
        line = lineAt((next as Node | undefined)?.range?.[0]) ?? line;
      }
      if (next === undefined) return line;
      node = next;
    }
    if (key && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (pair) line = lineAt((pair.key as Node).range?.[0]) ?? line;
    }
    return line;
  }

  return { data, errors, lineOf };
}
