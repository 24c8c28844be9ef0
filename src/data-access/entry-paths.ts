/** The static paths of a collection's own pages (`/phong-trao/<id>/`), the entry as the page's prop. */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

export async function entryPaths<C extends CollectionKey>(collection: C) {
  return (await getCollection(collection)).map((entry) => ({
    params: { id: entry.id },
    props: { entry: entry as CollectionEntry<C> },
  }));
}

/** What such a page gets: its entry. */
export type EntryProps<C extends CollectionKey> = {
  entry: CollectionEntry<C>;
};
