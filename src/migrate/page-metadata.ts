/**
 * What a saved page says about its story outside the story's text: title, date, lead, category,
 * tags, bylines and its own address, read from the markup every platform shares (Open Graph,
 * schema.org microdata, `<time>`, canonical links, breadcrumbs) before Readability trims the page.
 * Pure: a DOM document in, facts out.
 */
import { cleanLine } from './clean-text.ts';
import { isRelativeDate, readVietnameseDate } from './vietnamese-dates.ts';

export interface PageFacts {
  title?: string | undefined;
  date?: Date | undefined;
  dateText?: string | undefined;
  /** Only a relative time was printed ("1 giờ trước"). */
  relativeDate?: string | undefined;
  lead?: string | undefined;
  categories: string[];
  tags: string[];
  authors: string[];
  /** The page's own address: canonical link, og:url. */
  url?: string | undefined;
}

const LEAD =
  '.hometext, .sapo, .sapo-detail, .lead, .summary, .article-summary, .entry-summary, .excerpt, [itemprop="description"]:not(meta)';
const DATE_HOLDERS =
  '[itemprop="datePublished"], time, [class*="date"], [class*="Date"], [class*="time"], [class*="ngay"], [class*="publish"], [class*="metadata"], .h5, .meta, .info';
const CATEGORY_LABEL = /^chuyên mục\s*:?\s*/iu;
const TAG_LINKS = '[itemprop="keywords"] a, .keywords a, .tags a, .tag-list a, a[rel="tag"]';
const BREADCRUMB = '.breadcrumbs li, .breadcrumb li, [itemtype*="BreadcrumbList"] [itemprop="name"]';

const meta = (document: Document, key: string): string | undefined => {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  const content = element?.getAttribute('content');
  return content ? cleanLine(content) : undefined;
};

const text = (element: Element | null | undefined): string => cleanLine(element?.textContent ?? '');

/** An ISO date or date-time; one without a zone is Vietnam's time. */
export function machineDate(value: string | null | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  // A date without a zone is Vietnam's time.
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(value)
    ? value
    : `${value.length <= 10 ? `${value}T00:00` : value}+07:00`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function findDate(document: Document): Pick<PageFacts, 'date' | 'dateText' | 'relativeDate'> {
  const machine =
    machineDate(meta(document, 'article:published_time')) ??
    machineDate(document.querySelector('[itemprop="datePublished"]')?.getAttribute('content')) ??
    machineDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (machine) return { date: machine };
  let relativeDate: string | undefined;
  for (const element of document.querySelectorAll(DATE_HOLDERS)) {
    const words = text(element);
    if (words.length > 120) continue;
    if (readVietnameseDate(words)) return { dateText: words };
    if (!relativeDate && isRelativeDate(words)) relativeDate = words;
  }
  // Print views put the date in a plain cell or paragraph: the first short text with a date.
  for (const element of document.querySelectorAll('td, p, span, div, font')) {
    if (element.children.length > 3) continue;
    const words = text(element);
    if (words.length <= 60 && readVietnameseDate(words)) return { dateText: words };
  }
  return relativeDate ? { relativeDate } : {};
}

function findCategories(document: Document): string[] {
  const named =
    meta(document, 'article:section') ??
    text(document.querySelector('[itemprop="articleSection"], [itemprop="genre"]'));
  if (named) return [named];
  for (const element of document.querySelectorAll('div, span, p, dd, li')) {
    const words = text(element);
    if (words.length < 80 && CATEGORY_LABEL.test(words)) return [words.replace(CATEGORY_LABEL, '')];
  }
  const crumbs = [...document.querySelectorAll(BREADCRUMB)].map(text).filter(Boolean);
  return crumbs.length > 1 ? [crumbs.at(-1) as string] : [];
}

export function readPageFacts(document: Document): PageFacts {
  const headline = text(document.querySelector('[itemprop="headline"], h1'));
  const title = meta(document, 'og:title') ?? (headline || undefined);
  const tags = [
    ...new Set(
      [...document.querySelectorAll(TAG_LINKS)]
        .map(text)
        .concat((meta(document, 'article:tag') ?? '').split(',').map((t) => t.trim())),
    ),
  ].filter(Boolean);
  const authors = [meta(document, 'author'), text(document.querySelector('[itemprop="author"]'))].filter(
    (a): a is string => Boolean(a),
  );
  const lead = text(document.querySelector(LEAD)) || undefined;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? undefined;
  return {
    title,
    ...findDate(document),
    lead,
    categories: findCategories(document),
    tags,
    authors: [...new Set(authors)],
    url,
  };
}
