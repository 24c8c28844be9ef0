/**
 * The content check's results kept between builds (<cacheDir>/check/): a file whose text, CSV
 * annex and pictures' existence are unchanged is not parsed and validated again; its entry (as the
 * rules across files read it) and its warnings are taken as they were. The rules across files still
 * run on every entry, every time. A change of code (the schemas, the checks, the taxonomy in
 * src/data) starts the cache afresh. Only results without errors are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnnexText, SourceFile } from '../content-model/sources.ts';
import type { FileCheckCache, KeptFileCheck } from '../validation/types.ts';
import { codeVersion } from './code-version.ts';

interface Kept {
  text: string;
  csv: string | undefined;
  check: KeptFileCheck;
}

const hash = (text: string) => createHash('sha1').update(text).digest('base64url');

export interface CheckCache extends FileCheckCache {
  /** Writes what this run kept, and nothing of files it no longer saw. */
  save(): void;
}

export function openCheckCache(
  cacheDir: string,
  setting: { root: string; contentDir: string; taxonomyFile: string },
  extras: ReadonlyMap<string, AnnexText | null>,
  fileExists: (path: string) => boolean,
): CheckCache {
  const dir = join(cacheDir, 'check');
  const version = hash(`${codeVersion(setting.root)}\0${setting.contentDir}\0${setting.taxonomyFile}`);
  const path = join(dir, `${version}.bin`);
  let kept = new Map<string, Kept>();
  try {
    if (existsSync(path)) kept = deserialize(readFileSync(path)) as Map<string, Kept>;
  } catch {
    // An unreadable cache is no cache: every file is checked.
  }
  const next = new Map<string, Kept>();
  const annex = (check: KeptFileCheck) => (check.csvPath ? hash(extras.get(check.csvPath)?.() ?? '') : undefined);
  return {
    get(file: SourceFile) {
      const found = kept.get(file.path);
      if (!found || found.text !== hash(file.text) || found.csv !== annex(found.check)) return undefined;
      if (Object.entries(found.check.exists).some(([p, was]) => fileExists(p) !== was)) return undefined;
      next.set(file.path, found);
      return found.check;
    },
    set(file: SourceFile, check: KeptFileCheck) {
      next.set(file.path, { text: hash(file.text), csv: annex(check), check });
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, serialize(next));
      renameSync(partial, path);
      for (const name of readdirSync(dir)) if (name !== `${version}.bin`) rmSync(join(dir, name), { force: true });
    },
  };
}
