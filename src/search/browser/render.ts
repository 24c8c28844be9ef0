/**
 * What the search page draws: a result (kicker with its status badge, linked title, facts or
 * date, excerpt with the query's words marked), and the filters with their counts. DOM only,
 * built from text nodes: nothing from the index becomes markup except Pagefind's own escaped
 * excerpt, whose <mark> tags are kept.
 */
import { format } from '../../i18n/template.ts';
import { foldVietnamese } from '../../utils/text.ts';
import { FILTER_KEYS, META, type FilterKey } from '../keys.ts';
import type { ScopesManifest } from '../scopes.ts';
import type { ResultData, SearchResponse } from './pagefind-source.ts';
import { displayDate, type SearchState } from './query-state.ts';

/** What the older stories' index holds ("{count} tin đăng từ {oldest} đến {newest}"); '' without one. */
export function archiveText(template: string | undefined, scopes: ScopesManifest | undefined): string {
  const archive = scopes?.archive;
  if (!archive) return '';
  return format(template, {
    count: archive.stories.toLocaleString('vi-VN'),
    oldest: displayDate(archive.oldest),
    newest: displayDate(archive.newest),
  });
}

/**
 * Pagefind marks the words it found in the text; words found through the đ-folded metadata
 * ("dua" for "đua") are marked here, by comparing folded words. The excerpt is Pagefind's
 * escaped text with <mark> tags, so it is parsed as HTML and only its text nodes are touched.
 */
export function highlight(excerpt: string, words: string[]): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  if (!words.length) return template.content;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.tagName !== 'MARK') nodes.push(node as Text);
  }
  for (const node of nodes) {
    const parts = (node.textContent ?? '').split(/([\p{L}\p{M}\p{N}]+)/u);
    if (!parts.some((part) => words.includes(foldVietnamese(part)))) continue;
    const replacement = document.createDocumentFragment();
    for (const part of parts) {
      if (words.includes(foldVietnamese(part))) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        replacement.append(mark);
      } else if (part) replacement.append(part);
    }
    node.replaceWith(replacement);
  }
  return template.content;
}

export interface ResultLabels {
  /** "Quyết định số", before a recipient's decision number. */
  decisionNo: string;
  /** The proposal status label: its badge is the proposal's colour, any other the revoked one's. */
  proposal: string;
}

/** A recipient's facts (award, decision, year, unit, kind), or a page's date. */
function factsLine(data: ResultData, labels: ResultLabels): string {
  const date = data.meta[META.date];
  const award = data.meta[META.award];
  if (award)
    return [
      award,
      // A person proposed in a public comment notice has no decision number: its notice's page is the link.
      data.meta[META.decision] ? `${labels.decisionNo} ${data.meta[META.decision]}` : undefined,
      date?.slice(0, 4),
      data.meta[META.unit],
      data.meta[META.kind],
    ]
      .filter(Boolean)
      .join(' · ');
  return date ? displayDate(date) : '';
}

export function resultItem(data: ResultData, words: string[], labels: ResultLabels): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const kicker = document.createElement('p');
  kicker.className = 'kicker';
  kicker.textContent = data.filters['loai']?.[0] ?? '';
  const status = data.meta[META.status];
  if (status) {
    const badge = document.createElement('span');
    badge.className = `badge ${status === labels.proposal ? 'badge-de-nghi' : 'badge-thu-hoi'}`;
    badge.textContent = status;
    kicker.append(' ', badge);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  li.append(kicker, heading);
  const facts = factsLine(data, labels);
  if (facts) {
    const p = document.createElement('p');
    p.className = 'meta';
    p.textContent = facts;
    li.append(p);
  }
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(highlight(data.excerpt, words));
    li.append(excerpt);
  }
  return li;
}

/** One filter's values, the chosen ones kept even when nothing has them now; years newest first, others by count. */
function facetEntries(key: FilterKey, counts: Record<string, number>, chosen: ReadonlySet<string>): [string, number][] {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || chosen.has(value));
  for (const value of chosen) if (!entries.some(([v]) => v === value)) entries.push([value, 0]);
  const collator = new Intl.Collator('vi');
  return entries.sort(([a, ca], [b, cb]) => (key === 'nam' ? b.localeCompare(a) : cb - ca || collator.compare(a, b)));
}

/** The filters as fieldsets of checkboxes with counts; a filter with no value is left out. */
export function facetFieldsets(
  all: SearchResponse['filters'],
  state: SearchState,
  legends: Record<FilterKey, string>,
): HTMLFieldSetElement[] {
  return FILTER_KEYS.flatMap((key) => {
    const chosen = new Set(state.filters[key] ?? []);
    const entries = facetEntries(key, all[key] ?? {}, chosen);
    if (!entries.length) return [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = legends[key];
    const options = document.createElement('div');
    options.className = 'facet-options';
    for (const [value, count] of entries) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen.has(value);
      const text = document.createElement('span');
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = `(${count.toLocaleString('vi-VN')})`;
      text.append(`${value} `, number);
      label.append(box, text);
      options.append(label);
    }
    fieldset.append(legend, options);
    return [fieldset];
  });
}
