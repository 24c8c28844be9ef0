/**
 * A WordPress export (WXR: Tools → Export) → source items. Posts become stories (drafts stay
 * drafts); pages, attachments, menus and trashed posts are reported and skipped. Bodies keep
 * their HTML; the `[caption]` shortcode becomes a figure and `[gallery]` the attachments it names
 * (read with WordPress's own shortcode parser); `<!-- wp:… -->` block comments are comments, which
 * the HTML parser drops. Pure: the export's text in.
 */
import { replace as replaceShortcode } from '@wordpress/shortcode';
import { XMLParser } from 'fast-xml-parser';
import { oldPath } from './old-address.ts';
import type { SourceImage, SourceItem, SourceRead } from './types.ts';

interface WxrItem {
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  'dc:creator'?: unknown;
  'content:encoded'?: unknown;
  'excerpt:encoded'?: unknown;
  'wp:post_id'?: unknown;
  'wp:post_date'?: unknown;
  'wp:post_date_gmt'?: unknown;
  'wp:status'?: unknown;
  'wp:post_type'?: unknown;
  'wp:attachment_url'?: unknown;
  'wp:postmeta'?: { 'wp:meta_key'?: unknown; 'wp:meta_value'?: unknown }[];
  category?: (string | { '#text'?: unknown; '@_domain'?: unknown })[];
}

const ARRAYS = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.item.wp:postmeta',
  'rss.channel.wp:author',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (_name, path) => ARRAYS.has(String(path)),
  parseTagValue: false,
  trimValues: true,
});

const str = (value: unknown): string =>
  (typeof value === 'object' && value !== null
    ? String((value as { '#text'?: unknown })['#text'] ?? '')
    : String(value ?? '')
  ).trim();

/** `wp:post_date` is the site's local time: Vietnam's, for a Vietnamese site. */
function postDate(item: WxrItem): Date | undefined {
  const gmt = str(item['wp:post_date_gmt']);
  const local = str(item['wp:post_date']);
  const text =
    gmt && !gmt.startsWith('0000') ? `${gmt.replace(' ', 'T')}Z` : local ? `${local.replace(' ', 'T')}+07:00` : '';
  const date = text ? new Date(text) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

const SKIPPED_TYPES: Record<string, { vi: string; en: string }> = {
  page: { vi: 'Trang tĩnh (page), không phải tin bài.', en: 'A static page, not a news story.' },
  nav_menu_item: { vi: 'Mục trình đơn.', en: 'A menu item.' },
  wp_block: { vi: 'Khối dùng lại của trình soạn thảo.', en: 'A reusable editor block.' },
};

export function readWxr(text: string, origin: string): SourceRead {
  type Channel = { item?: WxrItem[]; 'wp:author'?: Record<string, unknown>[] };
  let channel: Channel | undefined;
  try {
    channel = (parser.parse(text) as { rss?: { channel?: Channel } }).rss?.channel;
  } catch (error) {
    throw new Error(
      `Không đọc được tệp xuất WordPress: ${(error as Error).message}\nCannot read the WordPress export: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const items = channel?.item ?? [];
  // dc:creator holds the author's login; the export lists each login's display name.
  const displayNames = new Map(
    (channel?.['wp:author'] ?? []).map((a) => [str(a['wp:author_login']), str(a['wp:author_display_name'])]),
  );
  const attachments = new Map<string, SourceImage>();
  for (const item of items) {
    if (str(item['wp:post_type']) !== 'attachment') continue;
    const alt = (item['wp:postmeta'] ?? []).find((m) => str(m['wp:meta_key']) === '_wp_attachment_image_alt');
    attachments.set(str(item['wp:post_id']), {
      src: str(item['wp:attachment_url']),
      alt: alt ? str(alt['wp:meta_value']) || undefined : undefined,
      caption: str(item['excerpt:encoded']) || undefined,
    });
  }
  const read: SourceRead = { kind: 'wxr', items: [], skipped: [] };
  items.forEach((item, index) => {
    const where = `${origin}#${str(item['wp:post_id']) || index + 1}`;
    const title = str(item.title);
    const type = str(item['wp:post_type']);
    const status = str(item['wp:status']);
    if (type === 'attachment') return;
    if (type !== 'post') {
      read.skipped.push({
        origin: where,
        title,
        ...(SKIPPED_TYPES[type] ?? {
          vi: `Loại nội dung "${type}" không phải tin bài.`,
          en: `Content of type "${type}" is not a news story.`,
        }),
      });
      return;
    }
    if (status === 'trash' || status === 'auto-draft') {
      read.skipped.push({
        origin: where,
        title,
        vi: 'Bài đã xóa (thùng rác) hoặc bản nháp tự động.',
        en: 'A trashed post or an automatic draft.',
      });
      return;
    }
    const images: SourceImage[] = [];
    let html = str(item['content:encoded']);
    html = replaceShortcode('caption', html, (shortcode) => `<figure>${shortcode.content ?? ''}</figure>`);
    html = replaceShortcode('gallery', html, (shortcode) => {
      for (const id of (shortcode.attrs.named['ids'] ?? '').split(',').map((s) => s.trim())) {
        const attachment = attachments.get(id);
        if (attachment) images.push(attachment);
      }
      return '';
    });
    const categories: string[] = [];
    const tags: string[] = [];
    for (const category of item.category ?? []) {
      const name = str(category);
      const domain = typeof category === 'object' ? str(category['@_domain']) : 'category';
      if (domain === 'post_tag') tags.push(name);
      else if (domain === 'category') categories.push(name);
    }
    const addresses = [str(item.link), str(item.guid)]
      .map((a) => (a ? oldPath(a) : undefined))
      .filter((a): a is string => Boolean(a));
    const source: SourceItem = {
      origin: where,
      oldAddresses: [...new Set(addresses)],
      url: str(item.link) || undefined,
      title,
      date: postDate(item),
      lead: str(item['excerpt:encoded']) || undefined,
      html,
      authors: [displayNames.get(str(item['dc:creator'])) || str(item['dc:creator'])].filter(Boolean),
      categories,
      tags,
      images,
      draft: status !== 'publish',
    };
    read.items.push(source);
  });
  return read;
}
