/**
 * How a decision number and a name are compared, and which data file holds a code or a name.
 * Pure and small: the build writes the lookup files with these functions and the /xac-minh/
 * page's script finds them with the same ones, so a reader's typing (accents or not, "Số",
 * "QD" for "QĐ") lands on the file the build wrote.
 */
import { foldVietnamese } from '../utils/text.ts';
import { CODE_ALPHABET, codeSymbols } from './code-format.ts';

/** Lower case, no marks, đ → d, words of letters and digits separated by one space. */
export function foldKey(text: string): string {
  return foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A decision number as the check compares them (decision-numbers.ts): upper case, no spaces.
 * The derived codes are drawn from it.
 */
export function decisionNumberKey(number: string): string {
  return number.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, '');
}

/**
 * A decision number as a file name: "Số 1561/QĐ-UBND" → `1561-qd-ubnd`. A leading "Quyết định
 * số" or "Số" and leading zeros ("03/TTr-CTĐ1") are dropped, as readers type the number either way.
 */
export function decisionFileKey(number: string): string {
  return foldKey(number)
    .replace(/^(?:quyet dinh |qd )?so /, '')
    .replace(/^quyet dinh /, '')
    .replace(/^0+(?=\d)/, '')
    .replace(/ /g, '-');
}

/** FNV-1a, 32 bits: spreads short ASCII keys evenly and is the same in Node and the browser. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The last word of a folded name: the given name of a person, the place of most collectives. */
export function lastWord(folded: string): string {
  return folded.slice(folded.lastIndexOf(' ') + 1);
}

/** The name file holding a decision's recipients whose name ends with this word. */
export function nameBucket(decisionFile: string, word: string, buckets: number): number {
  return hash32(`${decisionFile}|${word}`) % buckets;
}

/** The code file holding a code: its value as a number in base 17, modulo the number of files. */
export function codeBucket(code: string, buckets: number): number {
  let value = 0;
  for (const symbol of codeSymbols(code))
    value = (value * CODE_ALPHABET.length + CODE_ALPHABET.indexOf(symbol)) % buckets;
  return value;
}

/** The lookup files under /xac-minh/ (generate-lookup.ts): a code's, a name's, a decision number's. */
export function codeFilePath(code: string, files: number): string {
  return `ma/${files}/${codeBucket(code, files)}.json`;
}

export function nameFilePath(decisionFile: string, word: string, files: number): string {
  return `ten/${files}/${nameBucket(decisionFile, word, files)}.json`;
}

/** `key` is a decision number's file key (decisionFileKey). */
export function decisionFilePath(key: string, files: number): string {
  return `qd/${files}/${hash32(key) % files}.json`;
}
