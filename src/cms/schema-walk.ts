/**
 * Describe a collection's zod schema as a tree of fields (name, type, required, bounds, values),
 * for the browser editor's configuration and the scaffold test. Walks zod 4 definitions, as
 * src/validation/schema-keys.ts does, so the editor is generated from the very schemas the
 * content check uses and the two cannot drift.
 */
import { z } from 'astro/zod';
import { zodDef as def, type ZodDef as Def } from '../utils/zod-def.ts';

export type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'date' | 'datetime' | 'period' | 'object' | 'list';

export interface FieldInfo {
  name: string;
  type: FieldType;
  required: boolean;
  /** Whole numbers only (z.int()). */
  integer?: boolean;
  min?: number;
  max?: number;
  /** Allowed values of an enum. */
  values?: string[];
  /** Subfields of an object, or of each item of a list of objects. */
  fields?: FieldInfo[];
  /** Item of a list of scalars. */
  item?: FieldInfo;
  default?: unknown;
}

function bounds(d: Def): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const check of d.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && c.minimum !== undefined) out.min = c.minimum;
    if (c.check === 'max_length' && c.maximum !== undefined) out.max = c.maximum;
    if (c.check === 'greater_than' && c.value !== undefined) out.min = c.value;
    if (c.check === 'less_than' && c.value !== undefined) out.max = c.value;
  }
  return out;
}

/** Describe one field's schema. */
export function describeField(name: string, schema: z.ZodType): FieldInfo {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (let depth = 0; depth < 20; depth++) {
    const format = (z.globalRegistry.get(current) as { format?: string } | undefined)?.format;
    if (format === 'date' || format === 'date-time') {
      return { name, type: format === 'date' ? 'date' : 'datetime', required };
    }
    const d = def(current);
    if (d.type === 'optional') {
      required = false;
      current = d.innerType as z.ZodType;
    } else if (d.type === 'default') {
      required = false;
      defaultValue = d.defaultValue;
      current = d.innerType as z.ZodType;
    } else if (d.type === 'pipe' && d.in) {
      current = d.in;
    } else break;
  }
  const d = def(current);
  const base = { name, required, ...(defaultValue === undefined ? {} : { default: defaultValue }) };
  switch (d.type) {
    case 'string':
      return { ...base, type: 'string', ...bounds(d) };
    case 'number':
      return { ...base, type: 'number', ...(d.format === 'safeint' ? { integer: true } : {}), ...bounds(d) };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'enum':
      return { ...base, type: 'enum', values: Object.values(d.entries ?? {}) };
    case 'union':
      // The only union is an award's period: a year or a range of years.
      return { ...base, type: 'period' };
    case 'object':
      return { ...base, type: 'object', fields: describeObject(current) };
    case 'array': {
      const item = describeField(name, d.element as z.ZodType);
      return item.type === 'object'
        ? { ...base, type: 'list', fields: item.fields ?? [], ...bounds(d) }
        : { ...base, type: 'list', item, ...bounds(d) };
    }
    default:
      throw new Error(`Field ${name}: zod type "${d.type}" is not handled by the editor configuration.`);
  }
}

/** The fields of an object schema (a collection's top level). */
export function describeObject(schema: z.ZodType): FieldInfo[] {
  let current = schema;
  while (def(current).type !== 'object') {
    const d = def(current);
    current = (d.innerType ?? d.in) as z.ZodType;
    if (!current) throw new Error('not an object schema');
  }
  return Object.entries(def(current).shape ?? {}).map(([name, field]) => describeField(name, field));
}

/** Every field path of an object schema, items of lists included (`recipients.name`). */
export function fieldPaths(schema: z.ZodType): string[][] {
  const out: string[][] = [];
  const walk = (fields: FieldInfo[], prefix: string[]) => {
    for (const field of fields) {
      out.push([...prefix, field.name]);
      if (field.fields) walk(field.fields, [...prefix, field.name]);
    }
  };
  walk(describeObject(schema), []);
  return out;
}
