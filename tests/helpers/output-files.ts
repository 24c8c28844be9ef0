/** A built site's files as the build tests compare them: every file's path, and each file's hash. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/**
 * Each file's SHA-256; a file for which `unstable` says so counts as 'unstable' (a file whose
 * bytes change from run to run, compared by presence only).
 */
export function fileHashes(dir: string, unstable: (file: string) => boolean = () => false): Map<string, string> {
  return new Map(
    filesUnder(dir).map((file) => [
      file,
      unstable(file)
        ? 'unstable'
        : createHash('sha256')
            .update(readFileSync(join(dir, file)))
            .digest('hex'),
    ]),
  );
}
