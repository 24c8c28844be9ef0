/**
 * A small valid content tree held in memory, for unit tests of the validator. Each test
 * replaces or adds a file and looks at the diagnostics.
 */
import { readFileSync } from 'node:fs';
import { validateContent } from '../../src/validation/validate-content.ts';
import type { ContentSources, SourceFile } from '../../src/content-model/sources.ts';
import type { CollectionName } from '../../src/content-model/collections.ts';
import type { Diagnostic } from '../../src/validation/diagnostic.ts';

export const TAXONOMY_TEXT = readFileSync(new URL('../../src/data/award-taxonomy.yaml', import.meta.url), 'utf8');

export const SITE = `name: Bảng Vàng
description: Trang tin thi đua, khen thưởng dùng để kiểm thử.
organisation: Ban Thi đua – Khen thưởng
url: https://example.vn
`;

export const FILES: Record<string, string> = {
  'content/units/tinh-ninh-binh.yaml': 'name: Tỉnh Ninh Bình\ntype: tinh\n',
  'content/units/phuong-hoa-lu.yaml':
    'name: Phường Hoa Lư\ntype: phuong\nparent: tinh-ninh-binh\nvalidFrom: 2025-07-01\n',
  'content/units/phuong-dong-a.yaml':
    'name: Phường Đông A\ntype: phuong\nparent: tinh-ninh-binh\nvalidFrom: 2025-07-01\n',
  'content/units/tp-nam-dinh.yaml':
    'name: Thành phố Nam Định\ntype: thanh-pho\nvalidTo: 2025-06-30\nsuccessor: phuong-dong-a\nformerNames:\n  - name: Thị xã Nam Định\n    until: 1921-10-16\n',
  'content/clusters/cum-1-2026.yaml':
    'name: Cụm Thi đua số 1\nkind: cum\nyear: 2026\norganiser: tinh-ninh-binh\nmembers: [phuong-hoa-lu, phuong-dong-a]\nleader: phuong-hoa-lu\ndeputy: phuong-dong-a\ncovenant:\n  - Thực hiện tốt nhiệm vụ chính trị\n',
  'content/movements/chuyen-doi-so.yaml':
    'name: Cả nước thi đua đổi mới sáng tạo và chuyển đổi số\nlaunchedBy: Thủ tướng Chính phủ\nstart: 2025-03-01\ndescription: Phong trào khuyến khích đổi mới sáng tạo và chuyển đổi số ở mọi cấp.\n',
  'content/awards/bang-khen-2025.yaml': `decision: 123/QĐ-UBND
signed: 2026-01-15
issuer: chu-tich-ubnd-tinh
issuerUnit: tinh-ninh-binh
award: bang-khen-bo-tinh
period: 2025
cluster: cum-1-2026
recipients:
  - name: Nguyễn Thị Hoa
    kind: ca-nhan
    unit: phuong-hoa-lu
    position: Công chức văn hóa
  - name: Trường THCS Nguyễn Du
    kind: tap-the
    unit: Trường THCS Nguyễn Du
`,
  'content/exemplars/nguyen-thi-hoa.md': `---
name: Nguyễn Thị Hoa
kind: ca-nhan
unit: phuong-hoa-lu
year: 2025
summary: Công chức văn hóa tận tụy với phong trào.
awards: [bang-khen-2025]
---
Chị Hoa làm việc tận tụy.
`,
  'content/articles/2026/hoi-nghi-cum-1.md': `---
title: Cụm Thi đua số 1 tổng kết năm 2025
description: Các phường trong Cụm Thi đua số 1 tổng kết công tác thi đua, khen thưởng năm 2025.
date: 2026-01-21 15:00
category: tong-ket
authors: [Xuân Thu]
units: [phuong-hoa-lu]
awards: [bang-khen-2025]
exemplars: [nguyen-thi-hoa]
cluster: cum-1-2026
movement: chuyen-doi-so
---
Nội dung bài viết.
`,
};

const FOLDER_TO_COLLECTION: Record<string, CollectionName> = {
  articles: 'articles',
  exemplars: 'exemplars',
  awards: 'awards',
  units: 'units',
  clusters: 'clusters',
  movements: 'movements',
  consultations: 'consultations',
};

/** Build sources from the mini site with some files replaced (value) or removed (null). */
export function sources(changes: Record<string, string | null> = {}, site: string | null = SITE): ContentSources {
  const all = { ...FILES, ...changes };
  const files: SourceFile[] = [];
  const extras = new Map<string, (() => string) | null>();
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    const folder = path.split('/')[1] ?? '';
    const name = path.slice(path.lastIndexOf('/') + 1);
    const collection = FOLDER_TO_COLLECTION[folder];
    const match = /^(.*)\.(md|mdx|ya?ml)$/.exec(name);
    if (collection && match?.[1]) files.push({ collection, id: match[1], path, text });
    else extras.set(path, name.endsWith('.csv') ? () => text : null);
  }
  return {
    ...(site === null ? {} : { site: { path: 'content/site.yaml', text: site } }),
    taxonomy: { path: 'src/data/award-taxonomy.yaml', text: TAXONOMY_TEXT },
    files,
    extras,
  };
}

export function validate(changes: Record<string, string | null> = {}, existingFiles: string[] = []) {
  return validateContent(sources(changes), {
    contentDir: 'content',
    fileExists: (path) => existingFiles.includes(path),
  });
}

/** Only the errors, for assertions. */
export function errorsOf(changes: Record<string, string | null> = {}, existingFiles: string[] = []): Diagnostic[] {
  return validate(changes, existingFiles).diagnostics.filter((d) => d.severity === 'error');
}

/** Replace one `key: value` line of a mini-site file (or append it). */
export function withField(path: string, key: string, value: string | null): Record<string, string> {
  const text = FILES[path];
  if (text === undefined) throw new Error(`no such mini-site file ${path}`);
  const line = new RegExp(`^${key}:.*$`, 'm');
  let next: string;
  if (value === null) next = text.replace(new RegExp(`^${key}:.*\\n`, 'm'), '');
  else if (line.test(text)) next = text.replace(line, `${key}: ${value}`);
  else if (text.startsWith('---')) next = text.replace(/\n---\n/, `\n${key}: ${value}\n---\n`);
  else next = `${text}${key}: ${value}\n`;
  return { [path]: next };
}
