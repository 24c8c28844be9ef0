/**
 * The browser editor's configuration (Sveltia CMS, /admin/config.yml), generated from the same
 * zod schemas as the content check, with Vietnamese labels from src/i18n/cms-labels.ts, so a
 * field added to a schema appears in the editor and the two never drift. Pure.
 */
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { type Taxonomy } from '../schemas/taxonomy.ts';
import { CMS_COLLECTION_LABELS } from '../i18n/cms-labels.ts';
import { COLLECTIONS, LAYOUT, type CollectionName } from '../content-model/collections.ts';
import type { EditorSettings } from '../schemas/editor.ts';
import { routes } from '../routing/index.ts';
import { annexFieldConfig } from './annex-field/field-config.ts';
import { isAnnexCollection } from './annex-field/form-input.ts';
import { sveltiaBackend } from './backend.ts';
import { createFieldBuilder } from './fields.ts';
import { describeObject } from './schema-walk.ts';

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

/**
 * Fields left out of the editor's forms: the editor's own settings are set once by the
 * technician (docs/huong-dan-bien-tap.md, chapter 9); changed by mistake in a form, they would
 * lock every officer out of /admin with no way back from /admin. Sveltia keeps fields it does
 * not show when it saves the file.
 */
export const NOT_IN_FORMS = ['site.editor'];

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

export function generateCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const fields = createFieldBuilder(input.taxonomy, (collection) => ENTRY[collection].display);
  const fieldsOf = (collection: string, schema: z.ZodType) =>
    describeObject(schema)
      .filter((info) => !NOT_IN_FORMS.includes(`${collection}.${info.name}`))
      .map((info) => {
        const f = fields.field(collection, info, [info.name]);
        if (!isAnnexCollection(collection)) return f;
        // Recipients may live in the CSV file named by recipientsFile instead, imported from an
        // office's Excel or Word annex by the annex field (src/cms/annex-field/).
        if (info.name === 'recipients') f['required'] = false;
        if (info.name === 'recipientsFile') Object.assign(f, annexFieldConfig(collection));
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

  if (fields.missing.length) {
    throw new Error(`No Vietnamese label in src/i18n/cms-labels.ts for: ${fields.missing.join(', ')}`);
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
