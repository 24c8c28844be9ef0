/**
 * Turn one content file into the raw data of an entry: frontmatter or YAML parsed (NFC),
 * recipients read from the CSV annex when the decision names one. Shared by the validator
 * (which reports the problems) and the Astro loaders (which only run on valid content).
 */
import { LAYOUT, type CollectionName } from '../content-model/collections.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseRecipientsCsv, type CsvRecipients } from './recipients-csv.ts';
import { parseYaml, type ParsedYaml } from './yaml-document.ts';

export interface EntryFile {
  collection: CollectionName;
  path: string;
  text: string;
}

export type ParsedEntry =
  | { ok: false; problem: 'no-frontmatter' | 'yaml' | 'not-a-map'; yaml?: ParsedYaml }
  | {
      ok: true;
      raw: Record<string, unknown>;
      /** Markdown body, NFC, for stories and exemplars. */
      body?: string;
      /** Line of the file on which the body starts (1 for a YAML file), to report lines in the whole file. */
      bodyLine: number;
      yaml: ParsedYaml;
      /** The CSV annex named by `recipientsFile`, when there is one. */
      csv?: { path: string; text: string | undefined; parsed?: CsvRecipients };
    };

export function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/** Resolve `./a/b.jpg` or `../x.png` against a folder, POSIX style. */
export function joinPath(folder: string, relative: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function parseEntry(file: EntryFile, readExtra: (path: string) => string | undefined): ParsedEntry {
  let yamlText = file.text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine = 1;
  if (LAYOUT[file.collection].format === 'markdown') {
    const split = splitFrontmatter(file.text);
    if (!split.found) return { ok: false, problem: 'no-frontmatter' };
    yamlText = split.yaml;
    lineOffset = split.yamlLineOffset;
    body = split.body.normalize('NFC');
    bodyLine = file.text.slice(0, file.text.length - split.body.length).split('\n').length;
  }
  const yaml = parseYaml(yamlText, lineOffset);
  if (yaml.errors.length) return { ok: false, problem: 'yaml', yaml };
  if (!yaml.data || typeof yaml.data !== 'object' || Array.isArray(yaml.data))
    return { ok: false, problem: 'not-a-map', yaml };
  const raw = { ...(yaml.data as Record<string, unknown>) };
  let csv: { path: string; text: string | undefined; parsed?: CsvRecipients } | undefined;
  const annexed = LAYOUT[file.collection].recipientsAnnex;
  if (annexed && typeof raw['recipientsFile'] === 'string' && raw['recipients'] === undefined) {
    const path = joinPath(dirname(file.path), raw['recipientsFile']);
    const text = readExtra(path);
    csv = { path, text };
    if (text !== undefined) {
      csv.parsed = parseRecipientsCsv(text);
      if (!csv.parsed.errors.length) raw['recipients'] = csv.parsed.rows;
    }
  }
  return { ok: true, raw, ...(body === undefined ? {} : { body }), bodyLine, yaml, ...(csv ? { csv } : {}) };
}
