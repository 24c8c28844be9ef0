import { error, type Diagnostic } from './diagnostic.ts';

/**
 * What a YAML syntax error usually means for someone editing by hand, by the error code of
 * the `yaml` library. The library's own message follows in the English part.
 */
const HINTS: Record<string, [vi: string, en: string]> = {
  DUPLICATE_KEY: [
    'Một trường được ghi hai lần; hãy xóa một dòng.',
    'A field is written twice; delete one of the lines.',
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    'Giá trị có dấu hai chấm và dấu cách (": ") phải đặt trong ngoặc kép, ví dụ: title: "Hội nghị: tổng kết".',
    'A value containing a colon and a space (": ") must be quoted, e.g. title: "Meeting: review".',
  ],
  MULTILINE_IMPLICIT_KEY: [
    'Giá trị có dấu hai chấm và dấu cách (": ") phải đặt trong ngoặc kép.',
    'A value containing ": " must be quoted.',
  ],
  BAD_INDENT: [
    'Thụt lề không đều: các dòng cùng cấp phải thẳng hàng (dùng dấu cách, không dùng Tab).',
    'Inconsistent indentation: lines at one level must align (spaces, not tabs).',
  ],
  TAB_AS_INDENT: ['Dùng dấu cách thay cho phím Tab để thụt lề.', 'Indent with spaces, not tabs.'],
  MISSING_CHAR: [
    'Thiếu một dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn).',
    'A closing quote or bracket is missing.',
  ],
  MISSING_QUOTE: ['Thiếu dấu ngoặc kép đóng.', 'A closing quote is missing.'],
  UNEXPECTED_TOKEN: [
    'Có ký tự không đúng chỗ; kiểm tra dấu hai chấm, ngoặc và gạch đầu dòng.',
    'A character is out of place; check colons, brackets and dashes.',
  ],
};

export function yamlHint(code: string): [vi: string, en: string] {
  return (
    HINTS[code] ?? [
      'Lỗi cú pháp YAML (thường do thiếu dấu hai chấm, thụt lề sai, hoặc dấu ngoặc kép chưa đóng).',
      'YAML syntax error (often a missing colon, wrong indentation or an unclosed quote).',
    ]
  );
}

/**
 * Where a YAML syntax error is, for the report: the line as written (what was found) and the
 * field it starts with, when the line has one (`title: Hội nghị: tổng kết` → `title`).
 */
export function yamlErrorContext(fileText: string, line: number): { found?: string; field?: string } {
  const source = (fileText.split(/\r?\n/)[line - 1] ?? '').trim();
  if (!source) return {};
  const found = source.length > 120 ? `${source.slice(0, 117)}…` : source;
  const field = /^(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(source)?.[1];
  return { found, ...(field ? { field } : {}) };
}

/**
 * The report of a file's YAML syntax errors: one diagnostic per error, with the line as written,
 * what it usually means (in Vietnamese, after `viPrefix` when given) and the library's own message.
 */
export function yamlSyntaxDiagnostics(
  file: string,
  text: string,
  errors: readonly { line: number; code: string; message: string }[],
  viPrefix?: string,
): Diagnostic[] {
  return errors.map((e) => {
    const [vi, en] = yamlHint(e.code);
    return error({
      file,
      line: e.line,
      ...yamlErrorContext(text, e.line),
      vi: viPrefix ? `${viPrefix} ${vi}` : vi,
      en: `${en} (${e.message})`,
    });
  });
}
