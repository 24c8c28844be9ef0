/**
 * Decisions' recipients out of Astro's content store: one file per decision in the build's cache
 * folder (<cacheDir>/recipients/<slug>.<digest>.json), written once by whoever validated the rows
 * (the content check in a build, the loader in the dev server) and read by the data layer one
 * decision at a time. The store keeps only a RecipientList naming the file (schemas/recipient-list.ts).
 *
 * The digest is of the decision's file and its CSV annex, so a file's name changes with its
 * content: an unchanged decision finds its file already there, and a file is never rewritten
 * while a build may be reading it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRecipients, encodeRecipients, summariseRecipients } from '../domain/recipient-file.ts';
import type { Recipient } from '../schemas/recipient.ts';
import type { RecipientList } from '../schemas/recipient-list.ts';

/** The folder of the recipients' files under the build's cache folder. */
export function recipientStoreDir(cacheDir: string): string {
  return join(cacheDir, 'recipients');
}

/** The digest of a decision's sources: its YAML file and its CSV annex ('' without one). */
export function recipientsDigest(text: string, csvText: string | undefined): string {
  return createHash('sha256')
    .update(text)
    .update('\0')
    .update(csvText ?? '')
    .digest('hex')
    .slice(0, 20);
}

/** Writes the rows unless their file is there already; what the content store keeps of them. */
export function storeRecipients(dir: string, slug: string, digest: string, rows: readonly Recipient[]): RecipientList {
  const file = join(dir, `${slug}.${digest}.json`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, encodeRecipients(rows));
    renameSync(partial, file);
  }
  return summariseRecipients(file, rows);
}

export function readRecipients(list: RecipientList): Recipient[] {
  let text: string;
  try {
    text = readFileSync(list.file, 'utf8');
  } catch {
    throw new Error(
      `Thiếu tệp danh sách khen thưởng trong bộ nhớ đệm: ${list.file}. Hãy dựng lại với \`astro build --force\`. / ` +
        `The cached recipients file ${list.file} is missing: build again with \`astro build --force\`.`,
    );
  }
  return decodeRecipients(text);
}

/** Deletes the files no decision names any more. */
export function pruneRecipients(dir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (keep.has(file)) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}
