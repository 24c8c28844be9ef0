/**
 * Astro loader for every Bảng Vàng collection. It reads files with the same parser as the
 * content check (YAML 1.2 core schema, NFC, CSV annexes), so what was validated is exactly
 * what is stored. Stories and exemplars are rendered here (.md) or by the MDX integration
 * (.mdx, deferred).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LAYOUT, type CollectionName } from '../content-model/collections.ts';
import { readCollection } from '../io/read-content.ts';
import { dirname, joinPath, parseEntry, type EntryFile } from '../parsing/entry.ts';
import { takeParsed } from '../astro-adapter/handoffs.ts';
import { renderedImagePaths } from '../astro-adapter/internals.ts';
import { codeVersion } from '../io/code-version.ts';
import { pruneRecipients, recipientsDigest, recipientStoreDir, storeRecipients } from '../io/recipient-store.ts';
import type { Recipient } from '../schemas/recipient.ts';
import type { RecipientList } from '../schemas/recipient-list.ts';
import type { AnnexText, SourceFile } from '../content-model/sources.ts';

type Readable = { ok: true; raw: Record<string, unknown>; body: string | undefined } | { ok: false; problem: string };

/** The entry's raw data: as the content check parsed it when the file is unchanged, else parsed now. */
function readEntry(file: EntryFile, extras: Map<string, AnnexText | null>): Readable {
  const handoff = takeParsed(file.path, file.text);
  if (handoff) return { ok: true, raw: handoff.raw, body: handoff.body };
  const entry = parseEntry(file, (path) => extras.get(path)?.());
  return entry.ok ? { ok: true, raw: entry.raw, body: entry.body } : entry;
}

/** The text of the CSV annex an entry names ('' without one). */
function annexText(file: EntryFile, recipientsFile: unknown, extras: Map<string, AnnexText | null>): string {
  return typeof recipientsFile === 'string' ? (extras.get(joinPath(dirname(file.path), recipientsFile))?.() ?? '') : '';
}

export interface ContentLoaderOptions {
  /**
   * Decisions: the schema of a decision file with its rows. The rows are validated with it and
   * kept in their own file (io/recipient-store.ts); the entry keeps a RecipientList. In a build
   * the content check has done both already; the loader does it for a file it parses itself
   * (the dev server, or a file changed since the check).
   */
  recipientsApart?: {
    safeParse(raw: unknown): { success: true; data: { recipients: Recipient[] } } | { success: false };
  };
}

export function contentLoader(
  collection: CollectionName,
  contentDir: string,
  options: ContentLoaderOptions = {},
): Loader {
  return {
    name: 'bang-vang-content',
    async load({ config, store, parseData, generateDigest, renderMarkdown, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, contentDir, LAYOUT[collection].folder);
      const storeDir = recipientStoreDir(fileURLToPath(config.cacheDir));
      // An entry is kept from the last sync only if its files and the code that reads them (its
      // schema, this loader) are unchanged: Astro's store does not see a schema's imports change.
      const code = codeVersion(root);

      /** The rows of a decision parsed here: validated, stored apart, replaced by their RecipientList. */
      function setRecipientsApart(file: SourceFile, raw: Record<string, unknown>, csvText: string): boolean {
        if (!options.recipientsApart || !Array.isArray(raw['recipients'])) return true;
        const checked = options.recipientsApart.safeParse(raw);
        if (!checked.success) return false;
        raw['recipients'] = storeRecipients(
          storeDir,
          file.id,
          recipientsDigest(file.text, csvText || undefined),
          checked.data.recipients,
        );
        return true;
      }

      async function sync(): Promise<void> {
        const { files, extras } = readCollection(root, contentDir, collection);
        const untouched = new Set(store.keys());
        for (const file of files) {
          untouched.delete(file.id);
          // Unchanged since the last build (same file, same CSV annex): keep the stored entry
          // without parsing or rendering anything.
          const stored = store.get(file.id);
          if (stored) {
            const csvText = annexText(file, stored.data['recipientsFile'], extras);
            if (stored.digest === generateDigest(code + file.text + csvText)) continue;
          }
          const entry = readEntry(file, extras);
          if (!entry.ok) {
            logger.error(
              `${file.path}: không đọc được tệp / cannot read the file (${entry.problem}). Run \`npm run check\`.`,
            );
            continue;
          }
          const csvText = annexText(file, entry.raw['recipientsFile'], extras);
          const digest = generateDigest(code + file.text + csvText);
          let data: Record<string, unknown>;
          try {
            if (!setRecipientsApart(file, entry.raw, csvText)) throw new Error(`${file.path}: invalid recipients`);
            data = await parseData({ id: file.id, data: entry.raw, filePath: file.path });
          } catch (error) {
            // A build never gets here with invalid content: the content guard stops it first.
            // If it does (a rule only Astro checks, such as an unreadable image), fail loudly
            // rather than publish a site with a page missing. The dev server (the only one
            // with a watcher) keeps running without the entry while the officer fixes it.
            if (!watcher) throw error;
            store.delete(file.id);
            logger.error(
              `${file.path}: nội dung không hợp lệ, tạm bỏ qua — chạy \`npm run check\` để xem chi tiết / invalid, skipped for now — run \`npm run check\` for details.`,
            );
            continue;
          }
          if (entry.body === undefined) {
            store.set({ id: file.id, data, filePath: file.path, digest });
          } else if (file.path.endsWith('.mdx')) {
            store.set({ id: file.id, data, body: entry.body, filePath: file.path, digest, deferredRender: true });
          } else {
            const rendered = await renderMarkdown(entry.body, { fileURL: pathToFileURL(join(root, file.path)) });
            const imagePaths = renderedImagePaths(rendered);
            // The rendered HTML is all a page needs: the Markdown source is left out of the
            // store, which is serialized whole at every build (a third of its size at 10,000
            // stories).
            store.set({
              id: file.id,
              data,
              filePath: file.path,
              digest,
              rendered,
              ...(imagePaths ? { assetImports: imagePaths } : {}),
            });
          }
        }
        for (const id of untouched) store.delete(id);
        if (options.recipientsApart) {
          const files = store.values().map((entry) => (entry.data['recipients'] as RecipientList).file);
          pruneRecipients(storeDir, new Set(files));
        }
      }

      await sync();
      if (watcher) {
        watcher.add(folder);
        const onChange = (changed: string) => {
          if (changed.startsWith(folder)) sync().catch((error: unknown) => logger.error(String(error)));
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}

/** Loader for content/site.yaml: a collection of one entry, `site`. */
export function siteLoader(contentDir: string): Loader {
  return {
    name: 'bang-vang-site',
    async load({ config, store, parseData, generateDigest }) {
      const { readFileSync } = await import('node:fs');
      const { parseYaml } = await import('../parsing/yaml-document.ts');
      const path = resolve(fileURLToPath(config.root), contentDir, 'site.yaml');
      const text = readFileSync(path, 'utf8');
      const data = await parseData({ id: 'site', data: (parseYaml(text).data ?? {}) as Record<string, unknown> });
      store.set({ id: 'site', data, digest: generateDigest(text) });
    },
  };
}

/**
 * Loader for the award taxonomy data file: one entry per award type, issuer or public comment
 * rule, so pages look them up like any other collection.
 */
export function taxonomyLoader(taxonomyFile: string, part: 'awards' | 'issuers' | 'consultationRules'): Loader {
  return {
    name: `bang-vang-taxonomy-${part}`,
    async load({ config, store, parseData, generateDigest }) {
      const { readTaxonomy } = await import('../io/read-taxonomy.ts');
      const taxonomy = readTaxonomy(fileURLToPath(config.root), taxonomyFile);
      store.clear();
      for (const item of taxonomy[part]) {
        const data = await parseData({ id: item.id, data: { ...item } });
        store.set({ id: item.id, data, digest: generateDigest(data) });
      }
    },
  };
}
