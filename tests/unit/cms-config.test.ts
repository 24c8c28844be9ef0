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
import { generateCmsConfig, NOT_IN_FORMS, renderCmsConfig } from '../../src/cms/config.ts';
import { selfHostSveltia } from '../../src/cms/self-host.ts';
import { CMS_FIELD_LABELS, FIELDS_AWAITING_SCHEMAS } from '../../src/i18n/cms-labels.ts';
import { editorSchema } from '../../src/schemas/editor.ts';
import { createCollectionSchemas } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { keysAt } from '../../src/validation/schema-keys.ts';
import { TAXONOMY_TEXT, validate } from '../helpers/mini-site.ts';

const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));
const schemas = createCollectionSchemas(taxonomy, z.string());
const configFor = (editor: Record<string, unknown>) =>
  generateCmsConfig({ schemas, siteSchema, taxonomy, editor: editorSchema.parse(editor), contentDir: 'content' });
const config = configFor({ backend: 'github', repo: 'so-noi-vu/bang-vang' });

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

const ALL: [string, z.ZodType][] = [...Object.entries(schemas), ['site', siteSchema]];

/** One `editor:` block per sign-in route (content/site.yaml, as an office writes it). */
const EDITORS = {
  githubToken: { backend: 'github', repo: 'so-noi-vu/bang-vang' },
  githubRelay: {
    backend: 'github',
    repo: 'so-noi-vu/bang-vang',
    branch: 'main',
    authRelay: 'https://sveltia-cms-auth.so-noi-vu.workers.dev/',
    review: true,
  },
  githubEnterprise: { backend: 'github', repo: 'tdkt/bang-vang', server: 'https://git.so-noi-vu.vn' },
  gitlabPkce: {
    backend: 'gitlab',
    repo: 'ubnd-tinh/so-noi-vu/bang-vang',
    appId: '8f1c0a7be3d94c2a9f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8',
    review: true,
  },
  gitlabSelfHostedToken: { backend: 'gitlab', repo: 'tdkt/bang-vang', server: 'https://gitlab.lao-cai.vn/' },
  gitea: {
    backend: 'gitea',
    repo: 'tdkt/bang-vang',
    server: 'https://git.lao-cai.vn',
    appId: '3f1c2a9e-5b7d-4e21-9c8a-1d2e3f4a5b6c',
  },
  forgejoToken: { backend: 'forgejo', repo: 'tdkt/bang-vang', server: 'https://codeberg.org' },
  test: { backend: 'test' },
} satisfies Record<string, Record<string, unknown>>;

describe('the editor configuration', () => {
  it.each(ALL)('has every field of the %s schema', (name, schema) => {
    // The editor's own settings are kept out of its forms (NOT_IN_FORMS says why).
    const hidden = (path: string) =>
      NOT_IN_FORMS.some((p) => `${name}.${path}` === p || `${name}.${path}`.startsWith(`${p}.`));
    const expected = [...new Set(schemaPaths(schema))].filter((path) => !hidden(path));
    expect(expected.length).toBeGreaterThan(3);
    const present = new Set(configPaths(fieldsOf(name)));
    expect(expected.filter((path) => !present.has(path))).toEqual([]);
    expect(configPaths(fieldsOf(name)).filter(hidden)).toEqual([]);
  });

  it('keeps the editor settings out of the site form', () => {
    expect(NOT_IN_FORMS).toEqual(['site.editor']);
    expect(schemaPaths(siteSchema)).toContain('editor.repo');
    expect(fieldsOf('site').map((f) => f.name)).not.toContain('editor');
  });

  it('labels only fields that exist, or that another branch is adding', () => {
    const existing = new Set(ALL.flatMap(([name, schema]) => schemaPaths(schema).map((path) => `${name}.${path}`)));
    const awaited = (key: string) => FIELDS_AWAITING_SCHEMAS.some((p) => key === p || key.startsWith(`${p}.`));
    expect(Object.keys(CMS_FIELD_LABELS).filter((key) => !existing.has(key) && !awaited(key))).toEqual([]);
    // …and the awaited fields of the content model all have their label already.
    for (const key of [
      'articles.redirectFrom',
      'awards.signer.name',
      'awards.signer.position',
      'awards.effective',
      'awards.recipients.code',
      'awards.recipients.withheld.reason',
      'awards.recipients.minor',
      'consultations.title',
      'consultations.workingDays',
      'consultations.contact.email',
      'consultations.recipients.name',
      'consultations.outcome.decision',
    ]) {
      expect(CMS_FIELD_LABELS[key]?.[0], key).toMatch(/[^\p{ASCII}]/u);
    }
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

  it('is a configuration Sveltia CMS accepts (its own JSON schema), for every git host', () => {
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
    for (const editor of Object.values(EDITORS)) {
      const rendered = parse(renderCmsConfig(configFor(editor))) as Record<string, unknown>;
      expect(check(rendered), `${JSON.stringify(editor)}: ${JSON.stringify(check.errors?.slice(0, 3))}`).toBe(true);
    }
    const rendered = parse(renderCmsConfig(config)) as Record<string, unknown>;
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
