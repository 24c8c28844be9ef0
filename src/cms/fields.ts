/** The fields of the editor's forms, from the schemas' fields (cms/schema-walk.ts). Pure. */
import { COLLECTIONS, REFERENCES, type CollectionName } from '../content-model/collections.ts';
import { CMS_FIELD_LABELS, CMS_VALUE_LABELS } from '../i18n/cms-labels.ts';
import {
  AWARD_CLASS_LABELS,
  AWARD_STATUS_LABELS,
  CATEGORY_LABELS,
  RECIPIENT_KIND_LABELS,
  UNIT_TYPE_LABELS,
} from '../i18n/labels.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import type { FieldInfo } from './schema-walk.ts';

export type CmsField = Record<string, unknown>;

/** What a new entry's form starts with, where the schema has no default: a story is dated now. */
const FORM_DEFAULTS: Record<string, unknown> = { 'articles.date': '{{now}}' };

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

/**
 * The editor's field for each schema field: its widget, its Vietnamese label and hint, a relation
 * for a field naming another collection. Records the fields that have no label (`missing`).
 */
export function createFieldBuilder(taxonomy: Taxonomy, displayOf: (collection: CollectionName) => string) {
  const labels = valueLabels(taxonomy);
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
        search_fields: [displayOf(target)],
        display_fields: [displayOf(target)],
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

  return { field, missing };
}
