/**
 * The browser editor's configuration is generated from the schemas: every field of every schema
 * must be in it, with a Vietnamese label, and the configuration must be one Sveltia CMS accepts
 * (checked against the JSON schema it ships).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateCmsConfig, inEditor, renderCmsConfig } from '../../src/cms/config.ts';
import { selfHostSveltia } from '../../src/cms/self-host.ts';
import { cmsBackendFromEnv } from '../../src/io/cms-backend.ts';
import { createCollectionSchemas } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { keysAt } from '../../src/validation/schema-keys.ts';
import { TAXONOMY_TEXT, validate } from '../helpers/mini-site.ts';

const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));
const schemas = createCollectionSchemas(taxonomy, z.string());
const config = generateCmsConfig({
  schemas,
  siteSchema,
  taxonomy,
  backend: { name: 'github', repo: 'so-noi-vu/bang-vang', branch: 'main' },
  contentDir: 'content',
});

interface CmsField {
  name: string;
  label: string;
  widget: string;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  collection?: string;
}
interface CmsCollection {
  name: string;
  label: string;
  folder?: string;
  path?: string;
  fields?: CmsField[];
  files?: { fields: CmsField[] }[];
}
const collections = config['collections'] as CmsCollection[];
const fieldsOf = (name: string) => {
  const collection = collections.find((c) => c.name === name) as CmsCollection;
  return collection.fields ?? collection.files?.[0]?.fields ?? [];
};

/** Field paths a schema accepts, walked with the validator's own helper (not the generator's). */
function schemaPaths(schema: z.ZodType, prefix: (string | number)[] = []): string[] {
  return keysAt(schema, prefix).flatMap((key) => {
    const path = [...prefix, key];
    const nested = [...schemaPaths(schema, path), ...schemaPaths(schema, [...path, 0])];
    return [path.filter((p) => typeof p === 'string').join('.'), ...nested];
  });
}

/** Field paths of the editor configuration, list items without an index. */
function configPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [path, ...configPaths(field.fields ?? [], path)];
  });
}

// Every collection the editor offers (public comment notices join it with their pages, issue 18).
const ALL: [string, z.ZodType][] = [
  ...Object.entries(schemas).filter(([name]) => inEditor(name as keyof typeof schemas)),
  ['site', siteSchema],
];

describe('the editor configuration', () => {
  it.each(ALL)('has every field of the %s schema', (name, schema) => {
    const expected = [...new Set(schemaPaths(schema))];
    expect(expected.length).toBeGreaterThan(3);
    const present = new Set(configPaths(fieldsOf(name)));
    expect(expected.filter((path) => !present.has(path))).toEqual([]);
  });

  it('gives every field and every choice a Vietnamese label', () => {
    const walk = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((f) => [f, ...walk(f.fields ?? []), ...(f.field ? [f.field] : [])]);
    for (const collection of collections) {
      expect(collection.label).toMatch(/[^\p{ASCII}]/u);
      for (const field of walk(collection.fields ?? collection.files?.[0]?.fields ?? [])) {
        if (field.name !== 'item') expect(field.label, `${collection.name}.${field.name}`).not.toBe(field.name);
        for (const option of field.options ?? []) {
          expect(option.label, `${collection.name}.${field.name}=${option.value}`).not.toBe(option.value);
        }
      }
    }
  });

  it('is a configuration Sveltia CMS accepts (its own JSON schema)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    // The schema marks validation patterns as regular expressions: check ours compile.
    ajv.addFormat('uri', (text: string) => URL.canParse(text));
    ajv.addFormat('regex', (text: string) => {
      try {
        new RegExp(text);
        return true;
      } catch {
        return false;
      }
    });
    const check = ajv.compile(
      JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object,
    );
    const rendered = parse(renderCmsConfig(config)) as Record<string, unknown>;
    expect(check(rendered), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    // …and the check can fail: a collection without its folder is refused.
    const broken = structuredClone(rendered) as { collections: { folder?: string }[] };
    delete broken.collections[0]?.folder;
    expect(check(broken)).toBe(false);
  });

  it('links references to their collections and keeps stories in year folders', () => {
    const articles = fieldsOf('articles');
    expect(articles.find((f) => f.name === 'units')).toMatchObject({ widget: 'relation', collection: 'units' });
    expect(fieldsOf('awards').find((f) => f.name === 'issuer')?.options?.[0]?.label).toBe('Chủ tịch nước');
    expect(collections.find((c) => c.name === 'articles')).toMatchObject({
      folder: 'content/articles',
      path: '{{year}}/{{slug}}',
    });
    // A recipient's unit may be free text: not a relation.
    const recipients = fieldsOf('awards').find((f) => f.name === 'recipients');
    expect(recipients?.fields?.find((f) => f.name === 'unit')?.widget).toBe('string');
  });

  it('reads what the editor writes: a quoted period and a date with a time', () => {
    const errors = validate({
      'content/awards/tu-trinh-duyet.yaml':
        "decision: 5/QĐ-UBND\nsigned: '2026-01-20'\nissuer: chu-tich-ubnd-tinh\naward: bang-khen-bo-tinh\nperiod: '2025'\nrecipients:\n  - name: Nguyễn Văn An\n    kind: ca-nhan\n",
      'content/articles/2026/tu-trinh-duyet.md':
        "---\ntitle: Tin viết trong trình duyệt\ndescription: Một tin bài được viết trong trình biên tập /admin.\ndate: '2026-01-21 08:30'\ncategory: tin-tuc\nauthors:\n  - Xuân Thu\n---\nNội dung.\n",
    }).diagnostics.filter((d) => d.file.includes('tu-trinh-duyet'));
    expect(errors).toEqual([]);
  });

  it('saves to the repository the CI names, on GitHub or GitLab', () => {
    expect(cmsBackendFromEnv({ GITHUB_REPOSITORY: 'so-noi-vu/bang-vang' })).toEqual({
      name: 'github',
      repo: 'so-noi-vu/bang-vang',
      branch: 'main',
    });
    expect(
      cmsBackendFromEnv({
        CI_PROJECT_PATH: 'tdkt/bang-vang',
        CI_SERVER_URL: 'https://git.example.vn',
        CI_DEFAULT_BRANCH: 'chinh',
      }),
    ).toEqual({ name: 'gitlab', repo: 'tdkt/bang-vang', branch: 'chinh', baseUrl: 'https://git.example.vn' });
  });
});

describe('selfHostSveltia', () => {
  const script = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');
  it('points the script at /admin/ for its translations, version check and fonts', () => {
    const out = selfHostSveltia(script);
    expect(out).not.toContain('`https://unpkg.com/@sveltia/cms`');
    expect(out).not.toContain('cdn.jsdelivr.net');
    expect(out).toContain('/admin/fonts/material-symbols-outlined.woff2');
    expect(out).not.toMatch(/sourceMappingURL/);
  });
  it('fails loudly when a new version moved what it rewrites', () => {
    expect(() => selfHostSveltia('console.log(1)')).toThrow(/nothing to rewrite/);
  });
});
