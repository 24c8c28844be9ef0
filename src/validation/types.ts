/**
 * What the content check works with: the options it is given, the entries it validates, what it
 * returns, and the contexts its checks (src/validation/checks/) receive. Each check is a pure
 * function of its context that returns diagnostics.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../content-model/collections.ts';
import type { SourceFile } from '../content-model/sources.ts';
import type { ParsedEntry } from '../parsing/entry.ts';
import type { Path } from '../parsing/yaml-document.ts';
import type { siteSchema } from '../schemas/site.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface ValidatedEntry {
  collection: CollectionName;
  id: string;
  path: string;
  /** Data after the schema (dates as Date, defaults filled). */
  data: Record<string, unknown>;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  entries: ValidatedEntry[];
  taxonomy?: Taxonomy;
  site?: z.infer<typeof siteSchema>;
  /** Working days from the holiday files as checked (the build's notices use this one). */
  calendar?: WorkingCalendar;
}

export interface ValidateOptions {
  /** Does a file exist? Path from the project root. */
  fileExists(path: string): boolean;
  /** File names in a folder (path from the project root), to suggest the right one; [] if none. */
  listFolder?(path: string): string[];
  /**
   * A file's size in bytes and its first bytes (as Latin-1 text), to tell what it is (a PDF starts
   * with `%PDF-`); undefined when it cannot be read. Without it, files are only checked to exist.
   */
  inspectFile?(path: string): { size: number; head: string } | undefined;
  /** Folder of the content tree from the project root (`content`). */
  contentDir: string;
  /** Told of every file that parsed, so the build's loaders need not parse it again. */
  onParsed?: ((file: SourceFile, entry: ParsedOk) => void) | undefined;
}

export type ParsedOk = Extract<ParsedEntry, { ok: true }>;

/** Where a value sits: the file (the YAML, or its CSV annex for a recipient), line and field. */
export interface Located {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
}

/** Locates a value of an entry by its path in the data (and a key below it). */
export type Locate = (path: Path, key?: string) => Located;

/** What a check of one file gets: the file, its parsed entry, and how to locate its values. */
export interface FileContext {
  file: SourceFile;
  entry: ParsedOk;
  locate: Locate;
  options: ValidateOptions;
}

/** What a check of one validated entry gets. */
export interface EntryContext extends FileContext {
  /** The data after the schema. */
  data: Record<string, unknown>;
}

/** What a check across files gets: every valid entry, every file that exists, the locators. */
export interface SiteContext {
  entries: readonly ValidatedEntry[];
  /** Ids of every file of each collection, valid or not (a broken file still exists for references). */
  existing: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** The locator of each valid entry. */
  locate(entry: ValidatedEntry): Locate;
  options: ValidateOptions;
  /** The award taxonomy, valid. */
  taxonomy: Taxonomy;
  /** Working days and public holidays (the holiday files), for public comment windows. */
  calendar: WorkingCalendar;
}

/** A check across files. */
export type SiteCheck = (context: SiteContext) => Diagnostic[];
