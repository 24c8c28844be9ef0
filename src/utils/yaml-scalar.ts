/** Write one YAML value on a line of a hand-made YAML file (templates keep their comments). */
import { stringify } from 'yaml';

/** `value` as YAML flow text: quoted only where YAML needs it ("Tiêu đề: phụ đề" is quoted). */
export function yamlScalar(value: string | number | boolean | readonly (string | number)[]): string {
  if (Array.isArray(value)) return `[${value.map((item) => yamlScalar(item)).join(', ')}]`;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
