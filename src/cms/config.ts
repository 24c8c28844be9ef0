/**
 * The browser editor's configuration (Sveltia CMS, /admin/config.yml), generated from the same
 * zod schemas as the content check, with Vietnamese labels from src/i18n/cms-labels.ts, so a
 * field added to a schema appears in the editor and the two never drift. Pure.
 */
import {
  AWARD_CLASS_LABELS,
  AWARD_STATUS_LABELS,
  CATEGORY_LABELS,
  RECIPIENT_KIND_LABELS,
  UNIT_TYPE_LABELS,
} from '../i18n/labels.ts';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { type Taxonomy } from '../schemas/taxonomy.ts';
import { CMS_COLLECTION_LABELS, CMS_FIELD_LABELS, CMS_VALUE_LABELS } from '../i18n/cms-labels.ts';
import { COLLECTIONS, LAYOUT, REFERENCES, type CollectionName } from '../content-model/collections.ts';
import type { EditorSettings } from '../schemas/editor.ts';
import { routes } from '../routing/index.ts';
import { sveltiaBackend } from './backend.ts';
import { describeObject, type FieldInfo } from './schema-walk.ts';

export interface CmsConfigInput {
  schemas: Record<CollectionName, z.ZodType>;
  siteSchema: z.ZodType;
  taxonomy: Taxonomy;
  /** The `editor:` block of site.yaml: where the editor saves, how officers sign in. */
  editor: EditorSettings;
  /** Content folder from the project root. */
  contentDir: string;
  /** The site's address, for "view on site" links. */
  siteUrl?: string | undefined;
}

type CmsField = Record<string, unknown>;

/**
 * Fields left out of the editor's forms: the editor's own settings are set once by the
 * technician (docs/huong-dan-bien-tap.md, chapter 9); changed by mistake in a form, they would
 * lock every officer out of /admin with no way back from /admin. Sveltia keeps fields it does
 * not show when it saves the file.
 */
export const NOT_IN_FORMS = ['site.editor'];

/** What a new entry's form starts with, where the schema has no default: a story is dated now. */
const FORM_DEFAULTS: Record<string, unknown> = { 'articles.date': '{{now}}' };

/** What each collection shows as an entry's name, and where its page is. */
const ENTRY: Record<CollectionName, { identifier: string; summary: string; preview: string; display: string }> = {
  articles: { identifier: 'title', summary: '{{title}}', preview: 'tin-tuc/{{slug}}/', display: 'title' },
  exemplars: { identifier: 'name', summary: '{{name}}', preview: 'dien-hinh/{{slug}}/', display: 'name' },
  awards: {
    identifier: 'title',
    summary: '{{decision}} · {{title}}',
    preview: 'khen-thuong/{{slug}}/',
    display: 'decision',
  },
  units: { identifier: 'name', summary: '{{name}}', preview: 'don-vi/{{slug}}/', display: 'name' },
  clusters: { identifier: 'name', summary: '{{name}} ({{year}})', preview: 'cum-thi-dua/{{slug}}/', display: 'name' },
  movements: { identifier: 'name', summary: '{{name}}', preview: 'phong-trao/{{slug}}/', display: 'name' },
  consultations: { identifier: 'title', summary: '{{title}}', preview: 'lay-y-kien/{{slug}}/', display: 'title' },
};

function valueLabels(taxonomy: Taxonomy): Record<string, string> {
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return {
    ...CMS_VALUE_LABELS,
    ...CATEGORY_LABELS,
    ...Object.fromEntries(Object.entries(RECIPIENT_KIND_LABELS).map(([k, v]) => [k, capital(v)])),
    ...UNIT_TYPE_LABELS,
    ...AWARD_STATUS_LABELS,
    ...Object.fromEntries(Object.entries(AWARD_CLASS_LABELS).map(([k, v]) => [k, capital(v)])),
    ...Object.fromEntries(taxonomy.issuers.map((i) => [i.id, i.name])),
    ...Object.fromEntries(taxonomy.awards.map((a) => [a.id, a.name])),
  };
}

export function generateCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const labels = valueLabels(input.taxonomy);
  const missing: string[] = [];

  function label(key: string): { label: string; hint?: string } {
    const found = CMS_FIELD_LABELS[key];
    if (!found) {
      missing.push(key);
      return { label: key };
    }
    return { label: found[0], ...(found[1] ? { hint: found[1] } : {}) };
  }

  /** A field pointing at another collection (from the validator's REFERENCES). */
  function relationTo(collection: string, path: string): CollectionName | undefined {
    if (!(COLLECTIONS as readonly string[]).includes(collection)) return undefined;
    const reference = REFERENCES[collection as CollectionName].find((r) => r.path === path || r.path === `${path}.*`);
    return reference && !reference.onlyIfId ? reference.to : undefined;
  }

  function field(collection: string, info: FieldInfo, path: string[]): CmsField {
    const key = [collection, ...path].join('.');
    const dotted = path.join('.');
    const base: CmsField = { name: info.name, ...label(key), required: info.required };
    if (info.default !== undefined && typeof info.default !== 'object') base['default'] = info.default;
    if (key in FORM_DEFAULTS) base['default'] = FORM_DEFAULTS[key];
    const target = relationTo(collection, dotted);
    if (target) {
      return {
        ...base,
        widget: 'relation',
        collection: target,
        value_field: '{{slug}}',
        search_fields: [ENTRY[target].display],
        display_fields: [ENTRY[target].display],
        ...(info.type === 'list' ? { multiple: true } : {}),
      };
    }
    switch (info.type) {
      case 'string':
        if (info.name === 'image') return { ...base, widget: 'image' };
        if (info.name === 'document') return { ...base, widget: 'file' };
        return {
          ...base,
          widget: (info.max ?? 0) > 300 ? 'text' : 'string',
          ...(info.min ? { minlength: info.min } : {}),
          ...(info.max ? { maxlength: info.max } : {}),
        };
      case 'number':
        return {
          ...base,
          widget: 'number',
          value_type: info.integer ? 'int' : 'float',
          ...(info.min !== undefined ? { min: info.min } : {}),
          ...(info.max !== undefined ? { max: info.max } : {}),
        };
      case 'boolean':
        return { ...base, widget: 'boolean' };
      case 'enum':
        return {
          ...base,
          widget: 'select',
          options: (info.values ?? []).map((value) => ({ label: labels[value] ?? value, value })),
        };
      case 'date':
        return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      case 'datetime':
        return { ...base, widget: 'datetime', format: 'YYYY-MM-DD HH:mm' };
      case 'period':
        return {
          ...base,
          widget: 'string',
          pattern: ['^\\d{4}(-\\d{4})?$', 'Một năm (2025) hoặc giai đoạn (2021-2025).'],
        };
      case 'object':
        return {
          ...base,
          widget: 'object',
          fields: (info.fields ?? []).map((f) => field(collection, f, [...path, f.name])),
        };
      case 'list':
        if (info.fields) {
          return {
            ...base,
            widget: 'list',
            ...(info.min ? { min: info.min } : {}),
            fields: info.fields.map((f) => field(collection, f, [...path, f.name])),
          };
        }
        return {
          ...base,
          widget: 'list',
          ...(info.min ? { min: info.min } : {}),
          field: { ...field(collection, info.item as FieldInfo, path), name: 'item', label: base['label'] },
        };
    }
  }

  const fieldsOf = (collection: string, schema: z.ZodType) =>
    describeObject(schema)
      .filter((info) => !NOT_IN_FORMS.includes(`${collection}.${info.name}`))
      .map((info) => {
        const f = field(collection, info, [info.name]);
        // Recipients may live in the CSV file named by recipientsFile instead.
        if (collection === 'awards' && info.name === 'recipients') f['required'] = false;
        return f;
      });

  const collections: Record<string, unknown>[] = COLLECTIONS.map((collection) => {
    const layout = LAYOUT[collection];
    const markdown = layout.format === 'markdown';
    const entry = ENTRY[collection];
    return {
      name: collection,
      label: CMS_COLLECTION_LABELS[collection][0],
      label_singular: CMS_COLLECTION_LABELS[collection][1],
      folder: `${input.contentDir}/${layout.folder}`,
      ...(layout.byYear ? { path: '{{year}}/{{slug}}' } : {}),
      extension: markdown ? 'md' : 'yaml',
      format: markdown ? 'yaml-frontmatter' : 'yaml',
      identifier_field: entry.identifier,
      summary: entry.summary,
      // Sveltia joins a preview path to the origin of site_url, not to its path (`_baseURL` in
      // its source): a site under a base path names it here.
      preview_path: `${routes.base.slice(1)}${entry.preview}`,
      ...(markdown ? { media_folder: 'anh', public_folder: './anh' } : {}),
      fields: [
        ...fieldsOf(collection, input.schemas[collection]),
        ...(markdown ? [{ name: 'body', label: 'Nội dung', widget: 'markdown', required: false }] : []),
      ],
    };
  });
  collections.push({
    name: 'site',
    label: CMS_COLLECTION_LABELS.site[0],
    files: [
      {
        name: 'site',
        label: CMS_COLLECTION_LABELS.site[0],
        file: `${input.contentDir}/site.yaml`,
        format: 'yaml',
        fields: fieldsOf('site', input.siteSchema),
      },
    ],
  });

  if (missing.length) {
    throw new Error(`No Vietnamese label in src/i18n/cms-labels.ts for: ${missing.join(', ')}`);
  }

  const { backend, publishMode } = sveltiaBackend(input.editor);
  return {
    backend,
    ...(publishMode ? { publish_mode: publishMode } : {}),
    app_title: 'Biên tập Bảng Vàng',
    // The site's own icon on the sign-in screen, from its own origin (Sveltia's is on its CDN).
    logo: { src: routes.favicon() },
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    // Scans of decisions and other files go under public/tep/, served at /tep/ under the base
    // path. Content keeps `/tep/…` from the site's root, as every path it writes (routes.fromContent).
    media_folder: 'public/tep',
    public_folder: '/tep',
    // Vietnamese titles become file names without accents (đ → d), as the content model wants.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, timezone: 'local' },
    // An empty optional field written as '' would fail the check (an empty id, a bad URL).
    output: { omit_empty_optional_fields: true },
    collections,
  };
}

/** The configuration as YAML, with a header saying where it comes from. */
export function renderCmsConfig(config: Record<string, unknown>): string {
  return (
    '# Cấu hình trình biên tập /admin, tạo tự động từ src/schemas (đừng sửa tay).\n' +
    '# Editor configuration generated from src/schemas by src/cms/config.ts (do not edit).\n' +
    stringify(config, { lineWidth: 0 })
  );
}
