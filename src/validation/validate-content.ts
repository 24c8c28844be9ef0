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
import type { Locate, SiteCheck, ValidateOptions, ValidatedEntry, ValidationResult } from './types.ts';
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
    const checked = checkFile(file, schemas[file.collection] as z.ZodType, fileOptions);
    diagnostics.push(...checked.diagnostics);
    if (checked.csvPath) annexes.add(checked.csvPath);
    if (!checked.entry) continue;
    entries.push(checked.entry.value);
    locators.set(checked.entry.value, checked.entry.locate);
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
