/**
 * The honour roll: for each year, every recipient of a decision signed that year, grouped by
 * award and by unit (the first LIST_LIMIT names of each, and counts: src/domain/roll.ts).
 * Proposals and revoked decisions are not on the roll.
 */
import type { Decision, RecipientRow } from './awards.ts';
import { getRecipientLists } from './recipients.ts';
import { withCacheKeys } from './cache-keys.ts';
import { routes } from '../routing/index.ts';
import type { RollEntry as Entry, RollGroup as Group, RollYear as Year } from '../domain/roll.ts';

export type RollEntry = Entry<Decision, RecipientRow>;
export type RollGroup = Group<Decision, RecipientRow>;
export type RollYear = Year<Decision, RecipientRow>;

/** Years with at least one decided award, newest first. */
export async function getHonourRoll(): Promise<RollYear[]> {
  return (await getRecipientLists()).roll;
}

/** Each year's page of the roll, with the years before and after it, and its cache key. */
export async function getRollPaths() {
  const years = await getHonourRoll();
  const paths = years.map((roll, index) => ({
    params: { year: String(roll.year) },
    props: { roll, newer: years[index - 1]?.year, older: years[index + 1]?.year },
  }));
  return withCacheKeys(paths, ({ props }) => routes.roll(props.roll.year));
}
