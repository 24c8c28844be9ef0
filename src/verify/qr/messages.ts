/** What `npm run qr` tells an office, Vietnamese first and English after. */
import type { Message } from '../../validation/diagnostic.ts';

export const labelMessages = {
  usage: {
    vi: 'Cách dùng: npm run qr -- <tên tệp quyết định hoặc số quyết định> [--out nhan.pdf] [--svg thư-mục] [--png thư-mục]',
    en: 'Usage: npm run qr -- <decision file name or number> [--out labels.pdf] [--svg folder] [--png folder]',
  } satisfies Message,

  unknownDecision: (wanted: string, suggestions: string[]): Message => ({
    vi: `Không có quyết định nào có tên tệp hoặc số "${wanted}" trong content/awards/.`,
    en: `No decision has the file name or number "${wanted}" in content/awards/.`,
    found: wanted,
    ...(suggestions.length ? { suggestions } : {}),
  }),

  proposal: (number: string): Message => ({
    vi: `${number} là đề nghị khen thưởng, chưa phải quyết định: không in nhãn xác minh cho một đề nghị.`,
    en: `${number} is a proposal, not an award decision: no verification labels are printed for a proposal.`,
  }),

  revoked: (number: string, bySlug?: string, byNumber?: string): Message => ({
    vi: `Quyết định ${number} đã bị thu hồi: không in nhãn cho khen thưởng đã thu hồi.${bySlug ? ` Hãy in nhãn của quyết định thay thế ${byNumber}: npm run qr -- ${bySlug}` : ''}`,
    en: `Decision ${number} has been revoked: no labels are printed for a revoked award.${bySlug ? ` Print the labels of the decision that replaced it, ${byNumber}: npm run qr -- ${bySlug}` : ''}`,
  }),

  nobodyPublished: (number: string, count: number): Message => ({
    vi: `Quyết định ${number} có ${count} người, tập thể nhưng không ai được công bố (không công bố theo đề nghị, hoặc người chưa thành niên): không có nhãn nào để in.`,
    en: `Decision ${number} has ${count} recipients but none is published (withheld on request, or minors): there is no label to print.`,
  }),

  contentErrors: {
    vi: 'Nội dung đang có lỗi (xem ở trên): hãy sửa trước khi in nhãn, để mã trên nhãn đúng là mã của trang.',
    en: 'The content has errors (see above): fix them before printing labels, so that the codes printed are the site’s.',
  } satisfies Message,

  noFolder: (path: string): Message => ({
    vi: `Không có thư mục ${path} để ghi tệp vào.`,
    en: `The folder ${path} does not exist.`,
    found: path,
  }),

  written: (
    path: string,
    labels: number,
    pages: number,
    unpublished: number,
    sheet: { vi: string; en: string },
  ): Message => ({
    vi: `Đã ghi ${path}: ${labels} nhãn trên ${pages} trang, khổ ${sheet.vi}.${unpublished ? ` ${unpublished} người, tập thể không công bố nên không có nhãn.` : ''} Khi in, chọn cỡ thật (100 %), không "vừa trang".`,
    en: `Written ${path}: ${labels} labels on ${pages} page(s), for ${sheet.en}.${unpublished ? ` ${unpublished} recipients are not published and get no label.` : ''} Print at actual size (100 %), not "fit to page".`,
  }),

  images: (folder: string, count: number, kind: string): Message => ({
    vi: `Đã ghi ${count} mã QR dạng ${kind} vào ${folder}.`,
    en: `Written ${count} QR codes as ${kind} to ${folder}.`,
  }),
};

/** A message as the content check prints one: Vietnamese, then English, with suggestions. */
export function formatMessage(message: Message): string {
  const lines = [message.vi];
  if (message.suggestions?.length) lines.push(`  Có phải bạn muốn viết: ${message.suggestions.join(', ')}?`);
  lines.push(message.en);
  if (message.suggestions?.length) lines.push(`  Did you mean: ${message.suggestions.join(', ')}?`);
  return lines.join('\n');
}
