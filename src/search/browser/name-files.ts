/**
 * The name index's files (name-shard.ts) as the search page fetches them: each file once, a
 * missing or unreadable one as undefined; the catalogue of word files, so that no file that does
 * not exist is asked for; and the unit directory, for the unit filter without words.
 */
import { CATALOGUE_FILE, NAME_INDEX_PATH, UNIT_DIRECTORY_FILE, type ShardJson } from '../name-shard.ts';

export class NameFiles {
  private readonly files = new Map<string, Promise<unknown>>();
  private catalogue: Promise<Set<string> | undefined> | undefined;

  /** A file of the name index's folder, fetched once; undefined when it does not exist or cannot be read. */
  private fetchFile(file: string): Promise<unknown> {
    let json = this.files.get(file);
    if (!json) {
      json = fetch(`${NAME_INDEX_PATH}${file}`)
        .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
        .catch(() => undefined);
      this.files.set(file, json);
    }
    return json;
  }

  /** A word's (or a unit's) file; undefined for a word in no name. */
  readonly shard = (file: string): Promise<ShardJson | undefined> =>
    this.fetchFile(file) as Promise<ShardJson | undefined>;

  /** The word files (CATALOGUE_FILE); undefined when it cannot be read (then every word is asked for). */
  loadCatalogue(): Promise<Set<string> | undefined> {
    this.catalogue ??= this.fetchFile(CATALOGUE_FILE).then((words) =>
      typeof words === 'string' ? new Set(words.split(' ')) : undefined,
    );
    return this.catalogue;
  }

  /** The units with records by present name (UNIT_DIRECTORY_FILE), for the unit filter without words. */
  readonly directory = (): Promise<Record<string, string[]> | undefined> =>
    this.fetchFile(UNIT_DIRECTORY_FILE) as Promise<Record<string, string[]> | undefined>;
}
