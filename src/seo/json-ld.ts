/**
 * JSON-LD (schema.org) for the pages search engines describe: a story (NewsArticle and its
 * BreadcrumbList), the home page (WebSite with the site search as a SearchAction) and a decision
 * (Legislation: a legal act, here an award decision; a proposal, which is not one yet, is a
 * WebPage about the document). Serialised so that no text from content can close the <script>
 * element ("</script>" inside a title stays inert).
 */
import type { AwardStatus } from '../schemas/award.ts';
import { vietnamIsoDate } from '../utils/dates.ts';
import { bylineAgents, type LdAgent } from './bylines.ts';

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const CONTEXT = 'https://schema.org';

export interface StoryLd {
  url: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date | undefined;
  authors: readonly string[];
  /** The paper the story was taken from: its author when the byline names only a job. */
  source?: { name: string; url?: string | undefined } | undefined;
  siteName: string;
  organisation: string;
  category: { name: string; url: string };
  homeUrl: string;
  /** The story's share picture (its own, or its card), absolute: Google shows articles with one. */
  image: string;
}

export function storyJsonLd(story: StoryLd): object[] {
  const publisher: LdAgent = { '@type': 'Organization', name: story.organisation, url: story.homeUrl };
  const source: LdAgent | undefined = story.source && {
    '@type': 'Organization',
    name: story.source.name,
    ...(story.source.url ? { url: story.source.url } : {}),
  };
  return [
    {
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: story.title,
      description: story.description,
      image: [story.image],
      datePublished: story.date.toISOString(),
      dateModified: (story.updated ?? story.date).toISOString(),
      inLanguage: 'vi',
      mainEntityOfPage: story.url,
      author: bylineAgents(story.authors, source ?? publisher),
      publisher,
    },
    {
      '@context': CONTEXT,
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: story.siteName, item: story.homeUrl },
        { '@type': 'ListItem', position: 2, name: story.category.name, item: story.category.url },
        { '@type': 'ListItem', position: 3, name: story.title, item: story.url },
      ],
    },
  ];
}

export interface SiteLd {
  name: string;
  description: string;
  organisation: string;
  /** The home page, absolute. */
  url: string;
  /** The search page, absolute: its `?q=` runs a search. */
  searchUrl: string;
}

/** The home page: the site, its publisher, and how to search it (the search page's ?q=). */
export function siteJsonLd(site: SiteLd): object {
  const target = new URL(site.searchUrl);
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: 'vi',
    publisher: { '@type': 'Organization', name: site.organisation, url: site.url },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${target.origin}${target.pathname}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface DecisionLd {
  url: string;
  /** The page's headline: its title, or the award and number. */
  title: string;
  /** Number and symbol: "156/QĐ-UBND", or a proposal's "01/TTr-CTĐ1". */
  number: string;
  signed: Date;
  /** The award with its class: what the decision is about. */
  award: string;
  /** Who signed it: the authority ("Chủ tịch Ủy ban nhân dân tỉnh") and, where known, its unit. */
  issuer: string;
  issuerUnit?: string | undefined;
  status: AwardStatus;
  description: string;
}

/**
 * A decision as schema.org's Legislation ("a legal document such as an act, decree, bill…"):
 * its number (legislationIdentifier), date signed (legislationDate), the authority that made it
 * (legislationPassedBy), its kind (legislationType) and whether it still stands
 * (legislationLegalForce: a revoked one is NotInForce). A proposal (Tờ trình) asks for an award
 * and decides nothing: it is a WebPage about the document.
 */
export function decisionJsonLd(decision: DecisionLd): object {
  const passedBy = {
    '@type': 'Organization',
    name: decision.issuerUnit ? `${decision.issuer} — ${decision.issuerUnit}` : decision.issuer,
  };
  const about = { '@type': 'Thing', name: decision.award };
  if (decision.status === 'de-nghi')
    return {
      '@context': CONTEXT,
      '@type': 'WebPage',
      name: decision.title,
      url: decision.url,
      description: decision.description,
      inLanguage: 'vi',
      about: {
        '@type': 'CreativeWork',
        name: decision.title,
        identifier: decision.number,
        dateCreated: vietnamIsoDate(decision.signed),
        creator: passedBy,
        about,
      },
    };
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: decision.title,
    url: decision.url,
    description: decision.description,
    inLanguage: 'vi',
    legislationIdentifier: decision.number,
    legislationType: 'Quyết định khen thưởng',
    legislationDate: vietnamIsoDate(decision.signed),
    legislationPassedBy: passedBy,
    legislationLegalForce: `${CONTEXT}/${decision.status === 'thu-hoi' ? 'NotInForce' : 'InForce'}`,
    about,
  };
}
