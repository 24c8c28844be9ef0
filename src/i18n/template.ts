/** An interface string's `{name}` placeholders filled in ("Bảng vàng năm {year}"). Pure; the search page's script uses it too. */
export function format(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
