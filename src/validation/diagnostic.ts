/** What is wrong with a value, in Vietnamese first and English after. */
export interface Message {
  /** What is wrong, in Vietnamese. */
  vi: string;
  /** What is wrong, in English. */
  en: string;
  /** The value found, as written. */
  found?: string | undefined;
  /** What is allowed, in Vietnamese. */
  allowedVi?: string | undefined;
  /** What is allowed, in English. */
  allowedEn?: string | undefined;
  /** Closest valid values, best first. */
  suggestions?: string[] | undefined;
}

/** A problem found in the content, located in its file. */
export interface Diagnostic extends Message {
  /** File path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number | undefined;
  /** Dotted path of the field (`recipients.3.kind`), or a CSV row and column. */
  field?: string | undefined;
  /** Errors fail the build; warnings are printed only. */
  severity: 'error' | 'warning';
}

/** Sort by file, then line, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** A problem that fails the build. */
export const error = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ ...d, severity: 'error' });

/** A problem that is printed and does not stop the build. */
export const warning = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ ...d, severity: 'warning' });
