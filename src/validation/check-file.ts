/**
 * One content file, checked on its own: read (frontmatter and YAML, its CSV annex), its story body,
 * its schema, then what needs its valid data (year folder, images). Returns the valid entry, with
 * the locator the checks across files use.
 */
import type { z } from 'astro/zod';
import type { AnnexText, SourceFile } from '../content-model/sources.ts';
import { parseEntry } from '../parsing/entry.ts';
import { checkMessages } from './check-messages.ts';
import { checkDocument } from './checks/document.ts';
import { checkImages } from './checks/images.ts';
import { checkPersonalData } from './checks/personal-data.ts';
import { checkRecipientsAnnex } from './checks/recipients-annex.ts';
import { checkStoryBody } from './checks/story-body.ts';
import { checkYearFolder } from './checks/year-folder.ts';
import { error, type Diagnostic } from './diagnostic.ts';
import { schemaIssueDiagnostics } from './schema-issues.ts';
import type { EntryContext, Locate, ValidateOptions, ValidatedEntry } from './types.ts';
import { yamlSyntaxDiagnostics } from './yaml-hints.ts';

export interface FileCheck {
  diagnostics: Diagnostic[];
  /** The entry, when the file passed its own checks. */
  entry?: { value: ValidatedEntry; locate: Locate } | undefined;
  /** The CSV annex it names, if any. */
  csvPath?: string | undefined;
}

/** Checks that need the entry's data after the schema. */
const ENTRY_CHECKS: ((context: EntryContext) => Diagnostic[])[] = [checkYearFolder, checkImages, checkDocument];

export function checkFile(
  file: SourceFile,
  schema: z.ZodType,
  options: ValidateOptions & { extras: ReadonlyMap<string, AnnexText | null>; taxonomyPath: string },
): FileCheck {
  const entry = parseEntry(file, (path) => options.extras.get(path)?.());
  if (!entry.ok) {
    if (entry.problem === 'yaml') {
      return { diagnostics: yamlSyntaxDiagnostics(file.path, file.text, entry.yaml?.errors ?? []) };
    }
    const message = entry.problem === 'no-frontmatter' ? checkMessages.noFrontmatter : checkMessages.notAMap;
    return { diagnostics: [error({ file: file.path, line: 1, ...message })] };
  }
  const yamlLocate: Locate = (path, key) => ({ file: file.path, line: entry.yaml.lineOf(path, key) });
  const context = { file, entry, locate: yamlLocate, options };
  const diagnostics = checkStoryBody(context);
  const annex = checkRecipientsAnnex(context);
  diagnostics.push(...annex.diagnostics);
  const { locate } = annex;
  if (!locate) return { diagnostics, csvPath: annex.csvPath };
  // On the raw data: a number in a field that also breaks the schema is still refused.
  diagnostics.push(...checkPersonalData({ ...context, locate }));

  const parsed = schema.safeParse(entry.raw, { reportInput: true });
  if (!parsed.success) {
    diagnostics.push(...schemaIssueDiagnostics(parsed.error.issues, schema, locate, options.taxonomyPath));
    return { diagnostics, csvPath: annex.csvPath };
  }
  const data = parsed.data as Record<string, unknown>;
  for (const check of ENTRY_CHECKS) diagnostics.push(...check({ ...context, locate, data }));
  options.onParsed?.(file, entry, data);
  return {
    diagnostics,
    csvPath: annex.csvPath,
    entry: { value: { collection: file.collection, id: file.id, path: file.path, data }, locate },
  };
}
