/**
 * How often the personal-data detector (src/domain/personal-data.ts) fires on text that holds no
 * identifier: every line of the given folders (stories, decisions, annexes, seeds) and of the
 * benchmark corpus, scanned whole — a stricter test than the content check, which reads only
 * recipients' and exemplars' fields. Prints each hit with the identifier redacted and a count per
 * source; every hit on these sources is a false positive to look at.
 *
 *   npx node scripts/bench/personal-data.ts content /work/shared/seeds [--corpus=1k]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { findBirthDates, findIdentifiers, redactIdentifiers } from '../../src/domain/personal-data.ts';

interface Tally {
  source: string;
  lines: number;
  identifiers: number;
  birthDates: number;
}

const TEXT_FILE = /\.(md|mdx|ya?ml|csv|txt|html?|xml)$/;

function filesUnder(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => TEXT_FILE.test(file) && statSync(join(folder, file)).isFile())
    .sort()
    .map((file) => ({ path: join(folder, file), text: readFileSync(join(folder, file), 'utf8') }));
}

function scan(source: string, files: { path: string; text: string }[]): Tally {
  const tally: Tally = { source, lines: 0, identifiers: 0, birthDates: 0 };
  for (const file of files) {
    file.text.split('\n').forEach((line, index) => {
      tally.lines += 1;
      const ids = findIdentifiers(line);
      const births = findBirthDates(line);
      tally.identifiers += ids.length;
      tally.birthDates += births.length;
      for (const id of ids)
        console.log(`${file.path}:${index + 1} ${id.kind}: ${redactIdentifiers(line).slice(0, 160)}`);
      for (const birth of births) console.log(`${file.path}:${index + 1} birth date ("${birth.phrase}")`);
    });
  }
  return tally;
}

const args = process.argv.slice(2);
const corpusSize = args.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length);
const tallies = args.filter((a) => !a.startsWith('--')).map((folder) => scan(folder, filesUnder(folder)));
if (corpusSize) {
  const sizes: Record<string, { stories: number; recipients: number }> = {
    '1k': { stories: 1000, recipients: 10_000 },
    '10k': { stories: 10_000, recipients: 100_000 },
  };
  const size = sizes[corpusSize];
  if (!size) throw new Error(`--corpus=1k or --corpus=10k, not ${corpusSize}`);
  tallies.push(scan(`benchmark corpus ${corpusSize}`, generateCorpus(size)));
}
console.table(tallies);
