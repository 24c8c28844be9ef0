/**
 * Check the whole content tree at once and report every problem together: the taxonomy and
 * site.yaml, then each file on its own (check-file.ts), then the rules across files. Pure: it gets
 * the files' text and a way to ask whether a file exists. Each check is a small module of
 * src/validation/checks/ returning diagnostics.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../content-model/collections.ts';
import type { ContentSources } from '../content-model/sources.ts';
import { createCollectionSchemas } from '../schemas/index.ts';
import { checkFile } from './check-file.ts';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import { checkConsultations } from './checks/consultations.ts';
import { checkSite, checkTaxonomy } from './checks/data-file.ts';
import { checkDecisionNumbers } from './checks/decision-numbers.ts';
import { checkFileNames } from './checks/file-names.ts';
import { checkHolidayFiles } from './checks/holidays.ts';
import { checkOldAddresses } from './checks/old-addresses.ts';
import { checkReferences } from './checks/references.ts';
import { checkStrayFiles } from './checks/stray-files.ts';
import { checkUnitLinks } from './checks/unit-links.ts';
import { codeRows, type CodeRecipient } from '../verify/assign-codes.ts';
import type { SourceFile } from '../content-model/sources.ts';
import type { KeptFileCheck, Locate, SiteCheck, ValidateOptions, ValidatedEntry, ValidationResult } from './types.ts';
import { checkVerificationCodes } from './checks/verification-codes.ts';
import { redactDiagnostic } from './redact.ts';

/** The rules across files, in the order their problems are reported. */
const SITE_CHECKS: SiteCheck[] = [
  checkReferences,
  checkUnitLinks,
  checkDecisionNumbers,
  checkConsultations,
  checkOldAddresses,
  checkVerificationCodes,
];

/**
 * A decision's rows are checked with its file; the rules across files read only some of each
 * row: its unit (references) and what its verification code is drawn from (verification-codes.ts:
 * name, kind, unit, position, a pinned code, and the citation only to tell namesakes apart).
 * Keeping that alone lets the rest go as soon as the file is checked, so a million recipients
 * never hold all their fields in memory at once.
 */
function keepForSiteChecks(entry: ValidatedEntry): void {
  const rows = entry.data['recipients'];
  if (Array.isArray(rows)) entry.data['recipients'] = codeRows(rows as CodeRecipient[]);
}

type FileOptions = Parameters<typeof checkFile>[2];

/** A file checked now, its result kept for the next run when it has no error. */
function checkAndKeep(file: SourceFile, schema: z.ZodType, options: FileOptions): KeptFileCheck {
  const exists: Record<string, boolean> = {};
  const asked = { ...options, fileExists: (path: string) => (exists[path] = options.fileExists(path)) };
  const checked = checkFile(file, schema, asked);
  const entry = checked.entry?.value;
  if (entry?.collection === 'awards') keepForSiteChecks(entry);
  const kept = { diagnostics: checked.diagnostics, csvPath: checked.csvPath, entry, exists };
  if (!checked.diagnostics.some((d) => d.severity === 'error')) options.fileChecks?.set(file, kept);
  return kept;
}

/** A file's locator: it parses the file again only if a rule across files reports in it. */
function locateLater(file: SourceFile, schema: z.ZodType, options: FileOptions): Locate {
  let locate: Locate | undefined;
  return (path, key) => {
    locate ??=
      checkFile(file, schema, { ...options, onParsed: undefined }).entry?.locate ?? (() => ({ file: file.path }));
    return locate(path, key);
  };
}

export function validateContent(sources: ContentSources, options: ValidateOptions): ValidationResult {
  const taxonomyPath = sources.taxonomy.path;
  const { data: taxonomy, diagnostics } = checkTaxonomy(sources.taxonomy);
  if (!taxonomy) return { diagnostics: diagnostics.map(redactDiagnostic), entries: [] };
  const site = checkSite(sources.site, options.contentDir, taxonomyPath);
  diagnostics.push(...site.diagnostics);
  const holidays = checkHolidayFiles(sources.holidays ?? [], taxonomyPath);
  diagnostics.push(...holidays.diagnostics);

  // Each file on its own.
  const schemas = createCollectionSchemas(taxonomy, z.string().min(1));
  const names = checkFileNames(sources.files);
  diagnostics.push(...names.diagnostics);
  const entries: ValidatedEntry[] = [];
  const locators = new Map<ValidatedEntry, Locate>();
  const annexes = new Set<string>();
  const fileOptions = { ...options, extras: sources.extras, taxonomyPath };
  for (const file of names.accepted) {
    const schema = schemas[file.collection] as z.ZodType;
    const checked = options.fileChecks?.get(file) ?? checkAndKeep(file, schema, fileOptions);
    diagnostics.push(...checked.diagnostics);
    if (checked.csvPath) annexes.add(checked.csvPath);
    if (!checked.entry) continue;
    entries.push(checked.entry);
    // Not the check's own locator: it holds the file's parsed YAML and CSV (every cell of a
    // decision's annex), a million recipients' worth across a large roll. A rule across files
    // that reports in a file parses it again (rarely: only to say where).
    locators.set(checked.entry, locateLater(file, schema, fileOptions));
  }

  // Across files.
  const existing = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set()]));
  for (const file of sources.files) existing.get(file.collection)?.add(file.id);
  const calendar = createWorkingCalendar(holidays.years);
  const context = {
    entries,
    existing,
    locate: (entry: ValidatedEntry) => locators.get(entry) as Locate,
    options,
    taxonomy,
    calendar,
  };
  for (const check of SITE_CHECKS) diagnostics.push(...check(context));
  diagnostics.push(...checkStrayFiles(sources.extras, annexes));

  return {
    // Whatever check quoted a field, no telephone or identity-card number reaches the log.
    diagnostics: diagnostics.map(redactDiagnostic),
    entries,
    taxonomy,
    calendar,
    ...(site.data ? { site: site.data } : {}),
  };
}
