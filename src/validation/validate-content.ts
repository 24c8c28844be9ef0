/**
 * Check the whole content tree at once and report every problem together: syntax, fields,
 * rules across fields, references between collections, duplicates, missing files.
 * Pure: it gets the files' text and a way to ask whether a file exists.
 */
import { z } from 'astro/zod';
import { dirname, joinPath, parseEntry, type ParsedEntry } from '../parsing/entry.ts';
import { parseYaml, type Path } from '../parsing/yaml-document.ts';
import { createCollectionSchemas } from '../schemas/index.ts';
import { siteSchema } from '../schemas/site.ts';
import { taxonomySchema, type Taxonomy } from '../schemas/taxonomy.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { COLLECTIONS, LAYOUT, REFERENCES, referencedValues, type CollectionName } from '../content-model/collections.ts';
import type { Diagnostic } from './diagnostic.ts';
import { describeIssue } from './messages.ts';
import { yamlErrorContext, yamlHint } from './yaml-hints.ts';
import { splitFrontmatter } from '../parsing/frontmatter.ts';
import { findRawHtml } from './markdown-html.ts';
import { codePointLabel, findInvisible, showInvisible } from '../utils/text.ts';
import { detectLegacyEncoding, LEGACY_ENCODING_LABELS } from '../utils/legacy-encoding.ts';
import { vietnamYear } from '../utils/dates.ts';
import { keysAt } from './schema-keys.ts';
import { closestMatches, type Candidate } from './suggest.ts';

/** A content file as read from disk. */
export interface SourceFile {
  collection: CollectionName;
  /** The slug: file name without extension. */
  id: string;
  /** Path from the project root, forward slashes. */
  path: string;
  text: string;
}

export interface ContentSources {
  /** content/site.yaml, if present. */
  site?: { path: string; text: string };
  /** The award taxonomy data file. */
  taxonomy: { path: string; text: string };
  /** Every collection file. */
  files: SourceFile[];
  /** Other files found in collection folders (CSV annexes and strays), path → text or null. */
  extras: Map<string, string | null>;
}

export interface ValidatedEntry {
  collection: CollectionName;
  id: string;
  path: string;
  /** Data after the schema (dates as Date, defaults filled). */
  data: Record<string, unknown>;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  entries: ValidatedEntry[];
  taxonomy?: Taxonomy;
  site?: z.infer<typeof siteSchema>;
}

export interface ValidateOptions {
  /** Does a file exist? Path from the project root. */
  fileExists(path: string): boolean;
  /** File names in a folder (path from the project root), to suggest the right one; [] if none. */
  listFolder?(path: string): string[];
  /** Folder of the content tree from the project root (`content`). */
  contentDir: string;
  /** Told of every file that parsed, so the build's loaders need not parse it again. */
  onParsed?: ((file: SourceFile, entry: Extract<ParsedEntry, { ok: true }>) => void) | undefined;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

type Locate = (path: Path, key?: string) => { file: string; line?: number | undefined; field?: string | undefined };

function fieldName(path: Path): string | undefined {
  return path.length ? path.join('.') : undefined;
}

export function validateContent(sources: ContentSources, options: ValidateOptions): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const error = (d: Omit<Diagnostic, 'severity'>) => diagnostics.push({ ...d, severity: 'error' });
  const warn = (d: Omit<Diagnostic, 'severity'>) => diagnostics.push({ ...d, severity: 'warning' });

  /** Report every issue of a failed parse, located in its file. */
  function reportIssues(issues: z.core.$ZodIssue[], schema: z.ZodType, locate: Locate): void {
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = keysAt(schema, issue.path as Path);
        for (const key of issue.keys) {
          const at = locate(issue.path as Path, key);
          const suggestions = closestMatches(key, known);
          error({
            ...at,
            field: fieldName([...(issue.path as Path), key]),
            vi: `Trường "${key}" không có trong mẫu nội dung (có thể viết sai tên).`,
            en: `Unknown field "${key}" (perhaps a misspelt name).`,
            allowedVi: known.join(', '),
            allowedEn: known.join(', '),
            ...(suggestions.length ? { suggestions } : {}),
          });
        }
        continue;
      }
      const at = locate(issue.path as Path);
      const message = describeIssue(issue);
      if (message.allowedVi && message.allowedVi.length > 300) {
        // A list of fifty award ids helps nobody: point at the file that has them, with names.
        message.allowedVi = `xem danh mục đầy đủ trong ${sources.taxonomy.path}`;
        message.allowedEn = `see the full list in ${sources.taxonomy.path}`;
      }
      error({ ...at, ...message, ...(at.field ? {} : { field: fieldName(issue.path as Path) }) });
    }
  }

  /** HTML in a .md body (see markdown-html.ts for why it is refused). */
  function reportRawHtml(path: string, text: string, body: string): void {
    const firstLine = text.slice(0, text.length - body.length).split('\n').length;
    for (const raw of findRawHtml(body)) {
      const found = JSON.stringify(raw.html.length > 120 ? `${raw.html.slice(0, 117)}…` : raw.html);
      const line = firstLine + raw.line - 1;
      if (raw.comment) {
        error({
          file: path,
          line,
          vi: 'Ghi chú <!-- … --> vẫn nằm trong mã nguồn của trang công khai: ai cũng đọc được. Hãy xóa ghi chú khỏi bài.',
          en: 'A <!-- … --> note stays in the source of the public page, where anyone can read it. Remove it from the story.',
          found,
        });
        continue;
      }
      error({
        file: path,
        line,
        vi:
          'Bài .md không được chứa mã HTML: mã này sẽ chạy trên trang web của cơ quan. Hãy viết bằng Markdown ' +
          '(**đậm**, _nghiêng_, [liên kết](https://…)); muốn xuống dòng, kết thúc dòng bằng dấu \\. ' +
          'Mã nhúng (YouTube, Facebook…) không được dùng vì trang không tải gì từ nơi khác: hãy đặt đường liên kết.',
        en:
          'A .md story cannot contain HTML: it would run on the office’s website. Write Markdown instead ' +
          '(**bold**, _italic_, [link](https://…)); for a line break, end the line with \\. ' +
          'Embed codes (YouTube, Facebook…) are not allowed, as the site loads nothing from elsewhere: put a link instead.',
        found,
        allowedVi:
          'Markdown; thẻ <br> để xuống dòng. Cần HTML thật thì dùng tệp .mdx, do người quản trị kỹ thuật duyệt.',
        allowedEn:
          'Markdown; <br> for a line break. Real HTML needs an .mdx file, reviewed by the technical administrator.',
      });
    }
  }

  // ── The taxonomy comes first: award decisions are checked against it.
  const taxonomyYaml = parseYaml(sources.taxonomy.text);
  let taxonomy: Taxonomy | undefined;
  for (const e of taxonomyYaml.errors) {
    const [vi, en] = yamlHint(e.code);
    error({
      file: sources.taxonomy.path,
      line: e.line,
      ...yamlErrorContext(sources.taxonomy.text, e.line),
      vi: `Lỗi cú pháp YAML trong danh mục khen thưởng. ${vi}`,
      en: `${en} (${e.message})`,
    });
  }
  if (!taxonomyYaml.errors.length) {
    const parsed = taxonomySchema.safeParse(taxonomyYaml.data, { reportInput: true });
    if (parsed.success) taxonomy = parsed.data;
    else
      reportIssues(parsed.error.issues, taxonomySchema, (path, key) => ({
        file: sources.taxonomy.path,
        line: taxonomyYaml.lineOf(path, key),
      }));
  }
  if (!taxonomy) return { diagnostics, entries: [] };

  // ── site.yaml
  let site: z.infer<typeof siteSchema> | undefined;
  if (!sources.site) {
    error({
      file: `${options.contentDir}/site.yaml`,
      vi: 'Thiếu tệp site.yaml (tên trang, cơ quan chủ quản, địa chỉ trang).',
      en: 'site.yaml is missing (site name, organisation, url).',
    });
  } else {
    const siteFile = sources.site;
    const yaml = parseYaml(siteFile.text);
    for (const e of yaml.errors) {
      const [vi, en] = yamlHint(e.code);
      error({
        file: siteFile.path,
        line: e.line,
        ...yamlErrorContext(siteFile.text, e.line),
        vi,
        en: `${en} (${e.message})`,
      });
    }
    if (!yaml.errors.length) {
      const parsed = siteSchema.safeParse(yaml.data ?? {}, { reportInput: true });
      if (parsed.success) site = parsed.data;
      else
        reportIssues(parsed.error.issues, siteSchema, (path, key) => ({
          file: siteFile.path,
          line: yaml.lineOf(path, key),
        }));
    }
  }

  // ── Each file on its own.
  const schemas = createCollectionSchemas(taxonomy, z.string().min(1));
  const entries: ValidatedEntry[] = [];
  const locators = new Map<string, Locate>();
  const seen = new Map<string, string>();
  const usedCsv = new Set<string>();

  for (const file of sources.files) {
    const layout = LAYOUT[file.collection];
    const key = `${file.collection}/${file.id}`;
    const previous = seen.get(key);
    if (previous) {
      error({
        file: file.path,
        vi: `Trùng tên tệp (slug) "${file.id}" với ${previous}: hai ${layout.labelVi} sẽ có cùng địa chỉ trang. Hãy đổi tên một trong hai tệp.`,
        en: `Duplicate slug "${file.id}", also used by ${previous}: both would get the same URL. Rename one of the two files.`,
        found: file.id,
      });
      continue;
    }
    seen.set(key, file.path);
    if (!ID_PATTERN.test(file.id)) {
      error({
        file: file.path,
        vi: 'Tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang).',
        en: 'A file name has only lower-case letters without accents, digits and hyphens (it becomes the URL).',
        found: file.id,
      });
      continue;
    }

    const entry = parseEntry(file, (path) => sources.extras.get(path) ?? undefined);
    if (entry.ok) options.onParsed?.(file, entry);
    if (!entry.ok) {
      if (entry.problem === 'no-frontmatter') {
        error({
          file: file.path,
          line: 1,
          vi: 'Thiếu phần thông tin đầu bài (frontmatter) giữa hai dòng "---".',
          en: 'The frontmatter block between two "---" lines is missing.',
        });
      } else if (entry.problem === 'yaml') {
        for (const e of entry.yaml?.errors ?? []) {
          const [vi, en] = yamlHint(e.code);
          error({
            file: file.path,
            line: e.line,
            ...yamlErrorContext(file.text, e.line),
            vi,
            en: `${en} (${e.message})`,
          });
        }
      } else {
        error({
          file: file.path,
          line: 1,
          vi: 'Tệp không chứa các trường dạng "tên: giá trị".',
          en: 'The file holds no "field: value" lines.',
        });
      }
      continue;
    }
    const { raw, yaml } = entry;

    // Invisible characters pasted into a story's text: they split words for search and readers.
    if (layout.format === 'markdown') {
      const body = splitFrontmatter(file.text).body;
      if (file.path.endsWith('.md')) reportRawHtml(file.path, file.text, body);
      const invisible = findInvisible(body);
      if (invisible) {
        const before = file.text.slice(0, file.text.length - body.length + invisible.index);
        const line = before.split('\n').length;
        const lineStart = body.lastIndexOf('\n', invisible.index - 1) + 1;
        const lineEnd = body.indexOf('\n', invisible.index);
        const column = invisible.index - lineStart + 1;
        const label = codePointLabel(invisible.char);
        // Up to 30 characters either side, on its own line.
        const context = showInvisible(
          body.slice(
            Math.max(lineStart, invisible.index - 30),
            Math.min(lineEnd < 0 ? body.length : lineEnd, invisible.index + 30),
          ),
        ).trim();
        const more = invisible.count - 1;
        error({
          file: file.path,
          line,
          vi: `Bài viết có ký tự vô hình ${label} ở dòng ${line}, cột ${column}${more ? ` (và ${more} ký tự vô hình khác)` : ''}, thường do sao chép từ Word hoặc trang web. Hãy xóa và gõ lại đoạn này.`,
          en: `The text has the invisible character ${label} at line ${line}, column ${column}${more ? ` (and ${more} more)` : ''}, usually pasted from Word or a web page. Delete it and retype this passage.`,
          found: JSON.stringify(context),
        });
      }
    }

    // A story body typed with an old 8-bit font: report its first garbled line with the fix.
    if (layout.format === 'markdown') {
      const body = splitFrontmatter(file.text).body;
      const bodyStartLine = file.text.slice(0, file.text.length - body.length).split('\n').length;
      const lines = body.split('\n');
      const index = lines.findIndex((text) => detectLegacyEncoding(text) !== null);
      const legacy = index >= 0 ? detectLegacyEncoding(lines[index] as string) : null;
      if (legacy) {
        const line = bodyStartLine + index;
        const label = LEGACY_ENCODING_LABELS[legacy.encoding];
        error({
          file: file.path,
          line,
          vi: `Dòng ${line} của bài bị lỗi phông: có vẻ được gõ bằng bảng mã cũ ${label}. Nếu đúng, hãy thay bằng: "${legacy.text.trim()}"`,
          en: `Line ${line} of the text is garbled: it looks typed in the legacy ${label} encoding. If so, replace it with: "${legacy.text.trim()}"`,
          found: JSON.stringify((lines[index] as string).trim()),
        });
      }
    }

    let locate: Locate = (path, key) => ({ file: file.path, line: yaml.lineOf(path, key) });

    // Recipients in a CSV annex beside the decision.
    if (file.collection === 'awards' && raw['recipientsFile'] !== undefined) {
      if (!entry.csv) {
        error({
          ...locate(['recipientsFile']),
          field: 'recipientsFile',
          vi: 'Chỉ dùng một trong hai: danh sách recipients trong tệp này, hoặc tệp CSV recipientsFile.',
          en: 'Use either the recipients list in this file or a recipientsFile CSV, not both.',
        });
        continue;
      }
      const { path: csvPath, parsed: csv } = entry.csv;
      usedCsv.add(csvPath);
      if (!csv) {
        error({
          ...locate(['recipientsFile']),
          field: 'recipientsFile',
          vi: `Không tìm thấy tệp danh sách ${csvPath}.`,
          en: `The recipients file ${csvPath} does not exist.`,
          found: String(raw['recipientsFile']),
        });
        continue;
      }
      for (const e of csv.errors) {
        error({
          file: csvPath,
          ...(e.line ? { line: e.line } : {}),
          ...(e.column ? { field: e.column } : {}),
          vi: e.vi,
          en: e.en,
          ...(e.found ? { found: e.found } : {}),
        });
      }
      if (csv.errors.length) continue;
      const yamlLocate = locate;
      locate = (path, key) => {
        if (path[0] === 'recipients' && typeof path[1] === 'number') {
          const column = typeof path[2] === 'string' ? path[2] : key;
          return {
            file: csvPath,
            line: csv.lines[path[1]] ?? 1,
            field: `dòng/row ${path[1] + 1}${column ? `, cột/column ${column}` : ''}`,
          };
        }
        return yamlLocate(path, key);
      };
    }
    locators.set(key, locate);

    const schema = schemas[file.collection] as z.ZodType;
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      reportIssues(parsed.error.issues, schema, locate);
      continue;
    }
    const data = parsed.data as Record<string, unknown>;
    entries.push({ collection: file.collection, id: file.id, path: file.path, data });

    // Articles: the year folder should match the date.
    if (layout.byYear) {
      const folderYear = /\/(\d{4})\/[^/]+$/.exec(file.path)?.[1];
      const date = data['date'] as Date;
      const year = vietnamYear(date);
      if (!folderYear) {
        error({
          file: file.path,
          vi: `Tin bài phải nằm trong thư mục năm: ${options.contentDir}/articles/${year}/${file.id}.md.`,
          en: `Articles live in a folder per year: ${options.contentDir}/articles/${year}/${file.id}.md.`,
        });
      } else if (Number(folderYear) !== year) {
        warn({
          ...locate(['date']),
          field: 'date',
          vi: `Tin đăng năm ${year} nhưng nằm trong thư mục ${folderYear}.`,
          en: `The story is dated ${year} but sits in the folder ${folderYear}.`,
        });
      }
    }

    // Images must exist beside the content file.
    const images: { path: Path; value: unknown }[] = [];
    if (file.collection === 'articles') {
      const cover = data['cover'] as { image?: unknown } | undefined;
      if (cover) images.push({ path: ['cover', 'image'], value: cover.image });
      const shareImage = data['shareImage'] as { image?: unknown } | undefined;
      if (shareImage) images.push({ path: ['shareImage', 'image'], value: shareImage.image });
      (data['gallery'] as { image?: unknown }[]).forEach((item, index) =>
        images.push({ path: ['gallery', index, 'image'], value: item.image }),
      );
    }
    if (file.collection === 'exemplars') {
      const portrait = data['portrait'] as { image?: unknown } | undefined;
      if (portrait) images.push({ path: ['portrait', 'image'], value: portrait.image });
    }
    for (const image of images) {
      if (typeof image.value !== 'string') continue;
      const imagePath = image.value.startsWith('/')
        ? `public${image.value}`
        : joinPath(dirname(file.path), image.value);
      if (!options.fileExists(imagePath)) {
        // "hoi-nghi.jpg" when the file is "hoi-nghi.png" or "Hoi-nghi.jpg": offer what is there.
        const folder = dirname(imagePath);
        const prefix = image.value.slice(0, image.value.lastIndexOf('/') + 1);
        const nearby = (options.listFolder?.(folder) ?? []).filter((name) => IMAGE_FILE.test(name));
        const suggestions = closestMatches(imagePath.slice(folder.length + 1), nearby).map(
          (name) => `${prefix}${name}`,
        );
        error({
          ...locate(image.path),
          field: image.path.join('.'),
          vi: `Không tìm thấy tệp ảnh ${imagePath}.`,
          en: `The image file ${imagePath} does not exist.`,
          found: JSON.stringify(image.value),
          ...(suggestions.length ? { suggestions } : {}),
        });
      }
    }
  }

  // ── Across files: references, duplicates.
  const ids = new Map<CollectionName, Map<string, ValidatedEntry>>(COLLECTIONS.map((c) => [c, new Map()]));
  for (const entry of entries) ids.get(entry.collection)?.set(entry.id, entry);
  // Entries whose file exists but failed validation still count as existing for references,
  // so one broken unit file does not also produce an error in every story naming it.
  const existing = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set()]));
  for (const file of sources.files) existing.get(file.collection)?.add(file.id);

  const candidates = new Map<CollectionName, Candidate[]>();
  function candidatesFor(collection: CollectionName): Candidate[] {
    let list = candidates.get(collection);
    if (!list) {
      list = [...(existing.get(collection) ?? [])].map((id) => {
        const data = ids.get(collection)?.get(id)?.data;
        const name = (data?.['name'] ?? data?.['decision'] ?? data?.['title']) as string | undefined;
        const former = ((data?.['formerNames'] as { name: string }[] | undefined) ?? []).map((f) => f.name);
        return {
          value: id,
          aliases: [name, ...former].filter((x): x is string => !!x),
          label: name ? `${id} (${name})` : id,
        };
      });
      candidates.set(collection, list);
    }
    return list;
  }

  for (const entry of entries) {
    const locate = locators.get(`${entry.collection}/${entry.id}`) as Locate;
    for (const reference of REFERENCES[entry.collection]) {
      for (const { path, value } of referencedValues(entry.data, reference.path)) {
        if (reference.onlyIfId && !ID_PATTERN.test(value)) continue;
        if (existing.get(reference.to)?.has(value)) {
          if (reference.path === 'supersededBy' && value === entry.id) {
            error({
              ...locate(path),
              field: path.join('.'),
              vi: 'Quyết định không thể tự thay thế chính nó.',
              en: 'A decision cannot supersede itself.',
              found: value,
            });
          }
          continue;
        }
        const at = locate(path);
        const suggestions = closestMatches(value, candidatesFor(reference.to));
        const folder = `${options.contentDir}/${LAYOUT[reference.to].folder}`;
        error({
          ...at,
          field: at.field ?? path.join('.'),
          vi: `Không có ${LAYOUT[reference.to].labelVi} nào mang mã "${value}" (tìm trong ${folder}/).`,
          en: `No ${reference.to.replace(/s$/, '')} with the id "${value}" (looked in ${folder}/).`,
          found: value,
          ...(suggestions.length ? { suggestions } : {}),
        });
      }
    }
  }

  // Successor and parent links must not loop: a unit cannot end up merged into itself.
  const unitEntries = new Map(entries.filter((e) => e.collection === 'units').map((e) => [e.id, e]));
  for (const field of ['successor', 'parent'] as const) {
    const reported = new Set<string>();
    for (const start of unitEntries.keys()) {
      const path: string[] = [];
      let current: string | undefined = start;
      while (current && unitEntries.has(current) && !path.includes(current)) {
        path.push(current);
        current = unitEntries.get(current)?.data[field] as string | undefined;
      }
      if (current && path.includes(current) && !reported.has(current)) {
        const loop = path.slice(path.indexOf(current));
        loop.forEach((id) => reported.add(id));
        const entry = unitEntries.get(current) as ValidatedEntry;
        const locate = locators.get(`units/${current}`) as Locate;
        error({
          ...locate([field]),
          field,
          vi: `Vòng lặp ${field === 'successor' ? 'sáp nhập' : 'trực thuộc'}: ${[...loop, current].join(' → ')}.`,
          en: `The ${field} links loop: ${[...loop, current].join(' → ')}.`,
          found: String(entry.data[field]),
        });
      }
    }
  }

  // Decision numbers are unique across the site.
  const decisions = new Map<string, ValidatedEntry>();
  for (const entry of entries.filter((e) => e.collection === 'awards')) {
    const number = String(entry.data['decision']);
    const normalized = number.toLocaleUpperCase('vi').replace(/\s+/g, '');
    const first = decisions.get(normalized);
    if (first) {
      const locate = locators.get(`awards/${entry.id}`) as Locate;
      const firstAt = (locators.get(`awards/${first.id}`) as Locate)(['decision']);
      const where = `${first.path}${firstAt.line ? `:${firstAt.line}` : ''}`;
      const spelled = String(first.data['decision']);
      error({
        ...locate(['decision']),
        field: 'decision',
        vi: `Số quyết định ${number} đã được dùng trong ${where}${spelled === number ? '' : ` (viết là ${spelled})`}; mỗi quyết định có một số riêng (không phân biệt chữ hoa, chữ thường).`,
        en: `Decision number ${number} is already used by ${where}${spelled === number ? '' : ` (written ${spelled})`}; each decision has its own number (case is ignored).`,
        found: number,
      });
    } else decisions.set(normalized, entry);
  }

  // Stray files in collection folders are most likely misnamed content.
  for (const [path, text] of sources.extras) {
    if (path.endsWith('.csv') && text !== null) {
      if (!usedCsv.has(path)) {
        warn({
          file: path,
          vi: 'Tệp CSV này không được quyết định nào dùng (recipientsFile).',
          en: 'No decision uses this CSV file (recipientsFile).',
        });
      }
      continue;
    }
    warn({
      file: path,
      vi: 'Tệp này bị bỏ qua: chỉ nhận .md, .mdx (tin bài, điển hình) và .yaml (dữ liệu).',
      en: 'This file is ignored: only .md, .mdx (stories, exemplars) and .yaml (data) are read.',
    });
  }

  return { diagnostics, entries, taxonomy, ...(site ? { site } : {}) };
}
