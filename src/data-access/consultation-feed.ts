/**
 * The notices' feed (/lay-y-kien/rss.xml): every notice, newest opening first, with its award,
 * proposing body and window. No status: feed readers and aggregators keep old copies of items, and
 * an item saying "open" would stay so after the deadline; the window says when it closes.
 */
import type { RSSOptions } from '@astrojs/rss';
import { getNotices } from './consultations.ts';
import { getSite } from './site.ts';
import { t } from '../i18n/index.ts';
import { windowPhrase } from '../i18n/labels.ts';

export async function getNoticeFeed(): Promise<RSSOptions> {
  const [site, notices] = await Promise.all([getSite(), getNotices()]);
  const newest = [...notices].sort(
    (a, b) => b.window.opensAt.getTime() - a.window.opensAt.getTime() || a.id.localeCompare(b.id),
  );
  return {
    title: `${t.consultations} — ${site.name}`,
    description: t.consultationsIntro,
    site: site.url,
    customData: '<language>vi</language>',
    items: newest.map((notice) => ({
      title: notice.entry.data.title,
      description: `${notice.award}. ${t.proposedBy}: ${notice.proposer.data.name}. ${windowPhrase(notice.window)}.`,
      pubDate: notice.window.opensAt,
      link: notice.href,
      categories: [notice.type.name],
    })),
  };
}
