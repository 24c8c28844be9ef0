/**
 * An RSS 2.0 or Atom feed → source items, read with feedsmith. The body is `content:encoded` (or
 * Atom `content`); a feed that has only a `description`/`summary` gives summaries, and those
 * stories are written as drafts to be completed. Pure: the feed's text in.
 */
import { parseFeed } from 'feedsmith';
import { cleanLine } from './clean-text.ts';
import { htmlText } from './hast-helpers.ts';
import { oldPath } from './old-address.ts';
import type { SkippedItem, SourceImage, SourceRead } from './types.ts';

type Text = string | { value?: string } | undefined;
const textOf = (value: Text): string => (typeof value === 'string' ? value : (value?.value ?? ''));

function when(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether the text is HTML markup rather than plain text. */
const looksLikeHtml = (text: string) => /<\/?[a-z][\s\S]*>/i.test(text);
const asHtml = (text: string) =>
  looksLikeHtml(text) ? text : `<p>${text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`;

/** The text inside an HTML fragment, for a summary used as the lead. */
const plain = (html: string) => cleanLine(htmlText(html));

interface Entry {
  origin: string;
  title: string;
  link?: string | undefined;
  date?: Date | undefined;
  body?: string | undefined;
  summary?: string | undefined;
  authors: string[];
  categories: string[];
  images: SourceImage[];
}

export function readFeed(text: string, origin: string): SourceRead {
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new Error(
      `Không đọc được tệp nguồn tin (RSS/Atom): ${(error as Error).message}\nCannot read the feed (RSS/Atom): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const entries: Entry[] = [];
  if (parsed.format === 'rss') {
    (parsed.feed.items ?? []).forEach((item, index) => {
      entries.push({
        origin: `${origin}#${index + 1}`,
        title: item.title ?? '',
        link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
        date: when(item.pubDate ?? item.dc?.dates?.[0]),
        body: item.content?.encoded,
        summary: item.description,
        authors: [...(item.dc?.creators ?? []), ...(item.authors ?? []).map(String)],
        categories: (item.categories ?? []).map((c) => c.name ?? '').filter(Boolean),
        images: (item.enclosures ?? [])
          .filter((e) => e.type?.startsWith('image/') && e.url)
          .map((e) => ({ src: e.url as string })),
      });
    });
  } else if (parsed.format === 'atom') {
    (parsed.feed.entries ?? []).forEach((entry, index) => {
      const alternate = entry.links?.find((l) => !l.rel || l.rel === 'alternate') ?? entry.links?.[0];
      entries.push({
        origin: `${origin}#${index + 1}`,
        title: textOf(entry.title as Text),
        link: alternate?.href,
        date: when(entry.published ?? entry.updated),
        body: textOf(entry.content as Text) || undefined,
        summary: textOf(entry.summary as Text) || undefined,
        authors: (entry.authors ?? []).map((a) => a.name ?? '').filter(Boolean),
        categories: (entry.categories ?? []).map((c) => c.label ?? c.term ?? '').filter(Boolean),
        images: [],
      });
    });
  } else {
    throw new Error(
      `Chỉ nhận RSS 2.0 hoặc Atom; tệp là ${parsed.format}.\nOnly RSS 2.0 or Atom feeds are read; this one is ${parsed.format}.`,
    );
  }
  const read: SourceRead = { kind: 'feed', items: [], skipped: [] };
  for (const entry of entries) {
    const skip = (vi: string, en: string): void =>
      void read.skipped.push({ origin: entry.origin, title: entry.title, vi, en } satisfies SkippedItem);
    if (!cleanLine(entry.title)) {
      skip('Mục không có tiêu đề.', 'The item has no title.');
      continue;
    }
    const html = entry.body ?? entry.summary;
    if (!html || !plain(html)) {
      skip('Mục không có nội dung lẫn tóm tắt.', 'The item has neither body nor summary.');
      continue;
    }
    const address = entry.link ? oldPath(entry.link) : undefined;
    read.items.push({
      origin: entry.origin,
      oldAddresses: address ? [address] : [],
      url: entry.link,
      title: entry.title,
      date: entry.date,
      // A summary given beside the full body is the lead.
      lead: entry.body && entry.summary ? plain(entry.summary) : undefined,
      html: asHtml(html),
      authors: entry.authors,
      categories: entry.categories,
      tags: [],
      images: entry.images,
      summaryOnly: !entry.body,
    });
  }
  return read;
}
