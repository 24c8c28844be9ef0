/**
 * The field names a schema accepts at a path, to suggest the right one when a file has an
 * unknown field (a typo such as `titel:`). Walks zod 4 schema definitions.
 */
import type { z } from 'astro/zod';
import type { Path } from '../parsing/yaml-document.ts';
import { zodDef as def } from '../utils/zod-def.ts';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    if (d.innerType) current = d.innerType;
    else if (d.type === 'pipe' && d.in) current = d.in;
    else break;
  }
  return current;
}

export function keysAt(schema: z.ZodType, path: Path): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const d = def(current);
    if (typeof segment === 'number' && d.element) current = unwrap(d.element);
    else if (typeof segment === 'string' && d.shape?.[segment]) current = unwrap(d.shape[segment]);
    else return [];
  }
  const shape = def(current).shape;
  return shape ? Object.keys(shape) : [];
}
