/**
 * The two files that are not entries of a collection: the award taxonomy and site.yaml. Each is
 * read as YAML and checked against its schema; its data comes back when it is valid.
 */
import type { z } from 'astro/zod';
import { parseYaml } from '../../parsing/yaml-document.ts';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { taxonomySchema, type Taxonomy } from '../../schemas/taxonomy.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { schemaIssueDiagnostics } from '../schema-issues.ts';
import { yamlSyntaxDiagnostics } from '../yaml-hints.ts';

interface Checked<T> {
  data?: T | undefined;
  diagnostics: Diagnostic[];
}

export function checkYamlFile<T>(
  source: { path: string; text: string },
  schema: z.ZodType<T>,
  options: { taxonomyPath: string; syntaxPrefix?: string; emptyAsMap?: boolean },
): Checked<T> {
  const yaml = parseYaml(source.text);
  if (yaml.errors.length) {
    return { diagnostics: yamlSyntaxDiagnostics(source.path, source.text, yaml.errors, options.syntaxPrefix) };
  }
  const parsed = schema.safeParse(options.emptyAsMap ? (yaml.data ?? {}) : yaml.data, { reportInput: true });
  if (parsed.success) return { data: parsed.data, diagnostics: [] };
  const locate = (path: readonly (string | number)[], key?: string) => ({
    file: source.path,
    line: yaml.lineOf(path, key),
  });
  return { diagnostics: schemaIssueDiagnostics(parsed.error.issues, schema, locate, options.taxonomyPath) };
}

/** The award taxonomy: without it no decision can be checked, so the check stops when it fails. */
export function checkTaxonomy(source: { path: string; text: string }): Checked<Taxonomy> {
  return checkYamlFile(source, taxonomySchema, {
    taxonomyPath: source.path,
    syntaxPrefix: checkMessages.taxonomySyntax,
  });
}

/** content/site.yaml: required. */
export function checkSite(
  source: { path: string; text: string } | undefined,
  contentDir: string,
  taxonomyPath: string,
): Checked<SiteConfig> {
  if (!source) return { diagnostics: [error({ file: `${contentDir}/site.yaml`, ...checkMessages.siteMissing })] };
  return checkYamlFile(source, siteSchema, { taxonomyPath, emptyAsMap: true });
}
