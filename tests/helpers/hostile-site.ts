/**
 * The mini site with text that tries to become markup in every field a reader sees: closing
 * </script>, an <img onerror>, quotes of both kinds, ampersands. Valid content as far as the
 * schemas go — these are names and titles, not HTML in a .md body (which the check refuses).
 * A page that turned any of it into markup would set window.__xss or contain an <img src="x">.
 */
import { FILES } from './mini-site.ts';
import type { TreeChanges } from './content-tree.ts';

/** Each part breaks a different context: script element, attribute, element, entity. */
export const EVIL = `</script><script>window.__xss=1</script><img src=x onerror="window.__xss=2"> "kép" 'đơn' & <b>Đậm</b>`;
/** For fields of at most 80 characters. */
export const EVIL_SHORT = `<img src=x onerror="window.__xss=3">"'&`;
/** A cell that a spreadsheet would run as a formula. */
export const FORMULA = `=HYPERLINK("https://example.invalid","Bấm")`;

const yaml = (text: string) => JSON.stringify(text);

export const HOSTILE: TreeChanges = {
  'content/site.yaml': `name: ${yaml(`Bảng Vàng ${EVIL_SHORT}`)}
description: ${yaml(`Trang tin thi đua ${EVIL}`)}
organisation: ${yaml(`Ban Thi đua ${EVIL_SHORT}`)}
url: https://example.vn
masthead:
  - role: ${yaml(`Tổng biên tập ${EVIL_SHORT}`)}
    name: ${yaml(`Nguyễn Văn ${EVIL_SHORT}`)}
`,
  'content/units/phuong-hoa-lu.yaml': `name: ${yaml(`Phường Hoa Lư ${EVIL}`)}\ntype: phuong\nparent: tinh-ninh-binh\nvalidFrom: 2025-07-01\ndescription: ${yaml(EVIL)}\n`,
  'content/clusters/cum-1-2026.yaml': (FILES['content/clusters/cum-1-2026.yaml'] as string)
    .replace('name: Cụm Thi đua số 1', `name: ${yaml(`Cụm Thi đua số 1 ${EVIL}`)}`)
    .replace('  - Thực hiện tốt nhiệm vụ chính trị', `  - ${yaml(EVIL)}\ntheme: ${yaml(EVIL)}`),
  'content/movements/chuyen-doi-so.yaml': `name: ${yaml(`Chuyển đổi số ${EVIL}`)}\nlaunchedBy: ${yaml(`Thủ tướng ${EVIL_SHORT}`)}\nstart: 2025-03-01\ndescription: ${yaml(`Phong trào ${EVIL}`)}\nslogan: ${yaml(EVIL)}\n`,
  'content/awards/bang-khen-2025.yaml': `decision: 123/QĐ-UBND
title: ${yaml(`Bằng khen ${EVIL}`)}
signed: 2026-01-15
issuer: chu-tich-ubnd-tinh
issuerUnit: tinh-ninh-binh
award: bang-khen-bo-tinh
period: 2025
reason: ${yaml(EVIL)}
cluster: cum-1-2026
recipients:
  - name: ${yaml(`Nguyễn Thị ${EVIL}`)}
    kind: ca-nhan
    unit: phuong-hoa-lu
    position: ${yaml(EVIL)}
    citation: ${yaml(EVIL)}
  - name: ${yaml(FORMULA)}
    kind: tap-the
    unit: ${yaml(`Trường ${EVIL}`)}
`,
  'content/exemplars/nguyen-thi-hoa.md': `---
name: ${yaml(`Nguyễn Thị ${EVIL}`)}
kind: ca-nhan
unit: phuong-hoa-lu
position: ${yaml(EVIL)}
year: 2025
summary: ${yaml(EVIL)}
awards: [bang-khen-2025]
---
Chị làm việc tận tụy; chữ < và > và & trong bài vẫn là chữ.
`,
  'content/articles/2026/hoi-nghi-cum-1.md': `---
title: ${yaml(`Tổng kết ${EVIL}`)}
description: ${yaml(`Các phường ${EVIL}`)}
date: 2026-01-21 15:00
category: tong-ket
authors: [${yaml(`Xuân Thu ${EVIL_SHORT}`)}]
source:
  name: ${yaml(EVIL_SHORT)}
units: [phuong-hoa-lu]
awards: [bang-khen-2025]
exemplars: [nguyen-thi-hoa]
cluster: cum-1-2026
movement: chuyen-doi-so
tags: [${yaml(EVIL_SHORT)}]
featured: true
---
Nội dung bài viết: 1 < 2 và "trích dẫn" & ký hiệu.
`,
};
