/**
 * The text of a migrated story: front matter in the schema's field order, placeholders marked
 * "CẦN ĐIỀN" (as `npm run import` marks them) for what the source did not say, then the Markdown
 * body. Pure.
 */
import { yamlScalar } from '../utils/yaml-scalar.ts';
import type { StoryFields } from './convert.ts';
import { TO_FILL } from './notes.ts';

export interface StoryPicture {
  image: string;
  /** Empty when the officer must describe the picture. */
  alt: string;
  caption?: string | undefined;
}

export interface StoryFileInput {
  fields: StoryFields;
  cover?: StoryPicture | undefined;
  gallery: StoryPicture[];
  awards: string[];
  body: string;
  /** Where it came from, said in a comment. */
  origin: string;
}

const list = (key: string, values: readonly string[]) => [`${key}:`, ...values.map((v) => `  - ${yamlScalar(v)}`)];

function picture(p: StoryPicture, indent: string, first: string): string[] {
  return [
    `${first}image: ${yamlScalar(p.image)}`,
    p.alt
      ? `${indent}alt: ${yamlScalar(p.alt)}`
      : `${indent}alt: '' # ${TO_FILL}: mô tả ảnh cho người không nhìn thấy (ảnh không có chú thích)`,
    ...(p.caption ? [`${indent}caption: ${yamlScalar(p.caption)}`] : []),
  ];
}

export function generateStoryFile(input: StoryFileInput): string {
  const { fields } = input;
  const lines = [`# Chuyển từ trang cũ bằng "npm run migrate": ${input.origin}`];
  const fill = (key: string, hint: string) => lines.push(`${key}: '' # ${TO_FILL}: ${hint}`);
  lines.push(`title: ${yamlScalar(fields.title)}`);
  if (fields.description) lines.push(`description: ${yamlScalar(fields.description)}`);
  else fill('description', 'đoạn mở đầu (sapo), 20–400 ký tự');
  if (fields.date) lines.push(`date: ${fields.date}`);
  else fill('date', 'ngày đăng, dạng YYYY-MM-DD HH:mm');
  if (fields.category) lines.push(`category: ${fields.category}`);
  else fill('category', 'hoi-nghi, phat-dong, giao-uoc, tong-ket, khen-thuong, dien-hinh, van-ban hoặc tin-tuc');
  if (fields.authors.length) lines.push(...list('authors', fields.authors));
  else lines.push(`authors: [] # ${TO_FILL}: tên người viết`);
  if (fields.source) {
    lines.push('source:', `  name: ${yamlScalar(fields.source.name)}`);
    if (fields.source.url) lines.push(`  url: ${yamlScalar(fields.source.url)}`);
  }
  if (input.cover) lines.push('cover:', ...picture(input.cover, '  ', '  '));
  if (input.gallery.length) lines.push('gallery:', ...input.gallery.flatMap((p) => picture(p, '    ', '  - ')));
  if (input.awards.length) lines.push(...list('awards', input.awards));
  if (fields.tags.length) lines.push(...list('tags', fields.tags));
  if (fields.draft) lines.push('draft: true');
  if (fields.redirectFrom.length) lines.push(...list('redirectFrom', fields.redirectFrom));
  return `---\n${lines.join('\n')}\n---\n\n${input.body}`;
}
