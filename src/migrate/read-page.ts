/**
 * One saved article page (HTML, as saved from a browser or fetched by the office) → a source item.
 * The article is found with Readability (the library behind Firefox's Reader View) on a linkedom
 * document: no rules per portal. An office whose portal it gets wrong names the article's element
 * with `--selector`. Pure: the page's text in, the item out.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanLine } from './clean-text.ts';
import { oldPath } from './old-address.ts';
import { machineDate, readPageFacts } from './page-metadata.ts';
import type { SkippedItem, SourceItem } from './types.ts';

/** Browsers write the page's address in a comment when they save it. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+)\s*-->/i;

export interface PageOptions {
  /** CSS selector of the article's element, instead of Readability's choice. */
  selector?: string | undefined;
}

export function readPage(
  html: string,
  origin: string,
  options: PageOptions = {},
): { item: SourceItem } | { skipped: SkippedItem } {
  const { document } = parseHTML(html);
  const facts = readPageFacts(document as unknown as Document);
  const savedFrom = SAVED_FROM.exec(html.slice(0, 2048))?.[1];
  let body: string | undefined;
  let title = facts.title;
  let byline: string | undefined;
  let publishedTime: string | undefined;
  if (options.selector) {
    const element = document.querySelector(options.selector);
    if (!element) {
      return {
        skipped: {
          origin,
          vi: `Không có phần tử nào khớp với --selector "${options.selector}" trong trang.`,
          en: `No element matches --selector "${options.selector}" in the page.`,
        },
      };
    }
    body = element.innerHTML;
  } else {
    const article = new Readability(document as unknown as Document, { charThreshold: 300, keepClasses: true }).parse();
    if (article?.content) {
      body = article.content;
      title ??= article.title ? cleanLine(article.title) : undefined;
      byline = article.byline ? cleanLine(article.byline) : undefined;
      // Readability also reads the date from JSON-LD, which the page's markup may not repeat.
      publishedTime = article.publishedTime ?? undefined;
    }
  }
  if (!body) {
    return {
      skipped: {
        origin,
        title,
        vi: 'Không tìm thấy bài viết trong trang. Nếu đây là một bài, chạy lại với --selector "<bộ chọn CSS của phần nội dung>".',
        en: 'No article found in the page. If it is one, run again with --selector "<CSS selector of the story>".',
      },
    };
  }
  if (!title) {
    return { skipped: { origin, vi: 'Trang không có tiêu đề bài.', en: 'The page has no story title.' } };
  }
  const url = facts.url ?? savedFrom;
  const addresses = [facts.url, savedFrom]
    .map((a) => (a ? oldPath(a) : undefined))
    .filter((a): a is string => Boolean(a));
  return {
    item: {
      origin,
      oldAddresses: [...new Set(addresses)],
      url,
      title,
      date: facts.date ?? machineDate(publishedTime),
      dateText: facts.dateText ?? facts.relativeDate,
      lead: facts.lead,
      html: body,
      authors: facts.authors.length ? facts.authors : byline ? [byline] : [],
      categories: facts.categories,
      tags: facts.tags,
      images: [],
    },
  };
}
