/**
 * Text typed in the 1990s–2000s Vietnamese 8-bit encodings (TCVN3/ABC with .VnTime fonts,
 * VNI with VNI-Times) and later copied as if it were Unicode shows up as mojibake:
 * "NguyÔn V¨n §øc" (TCVN3), "Nguyeãn Vaên Ñöùc" (VNI). Offices still receive such lists.
 *
 * `detectLegacyEncoding` says whether a text is most likely such mojibake, which encoding, and
 * what it says in Unicode. Pure, no I/O; used by the content check (every text field, every line
 * of a story) and the annex importer, so it must not flag good text: tests/unit/legacy-encoding.test.ts
 * measures both its error rates on real Vietnamese.
 *
 * The conversion tables come from `vietnamese-conversion` (public API, Unicode → legacy, one
 * letter at a time, which it does correctly). Its own reverse conversion replaces shorter
 * sequences first and garbles VNI ("Ñöùc" → "Đưùc"), and its `detectCharset` calls both legacy
 * samples "unicode", so the reverse direction (longest sequence first) and the detection are ours.
 */
import { toTCVN3, toVNI } from 'vietnamese-conversion';
import { boundedMemo } from './bounded-memo.ts';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyDetection {
  /** The legacy encoding the text was most likely typed in. */
  encoding: LegacyEncoding;
  /** The text converted to Unicode (NFC). */
  text: string;
}

/** Human names, for messages. */
export const LEGACY_ENCODING_LABELS: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
};

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every Vietnamese letter outside ASCII: vowels with their tones, and đ. */
const VIETNAMESE_LETTERS: string[] = (() => {
  const letters = new Set<string>(['đ', 'Đ']);
  for (const vowel of VOWELS) {
    for (const tone of TONES) {
      for (const base of [vowel, vowel.toUpperCase()]) {
        const letter = `${base}${tone}`.normalize('NFC');
        if (letter.length === 1 && letter.charCodeAt(0) > 0x7f) letters.add(letter);
      }
    }
  }
  return [...letters];
})();

interface Decoder {
  pattern: RegExp;
  map: Map<string, string>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `vietnamese-conversion` 2.0 gives ỹ/Ỹ the VNI codes of ì/Ì (a clash: a VNI file with "ì" would
 * read as "ỹ"). Sequences that spell a letter unchanged are dropped below; these add ỷ and ỹ as
 * VNI writes them after a y: the base letter then the tone (û hook, õ tilde).
 */
const VNI_EXTRA: [string, string][] = [
  ['yû', 'ỷ'],
  ['yõ', 'ỹ'],
  ['YÛ', 'Ỷ'],
  ['YÕ', 'Ỹ'],
];

function decoder(encode: (letter: string) => string, extra: [string, string][] = []): Decoder {
  const map = new Map<string, string>();
  // A sequence that is also a letter written unchanged (VNI "ì") must stay that letter.
  const unchanged = new Set(VIETNAMESE_LETTERS.filter((letter) => encode(letter) === letter));
  for (const [legacy, letter] of extra) map.set(legacy, letter);
  for (const letter of VIETNAMESE_LETTERS) {
    const legacy = encode(letter);
    // TCVN3 has no upper-case toned letters of its own ("Uï" is U + ù): a sequence two letters
    // share keeps the first met.
    if (legacy && legacy !== letter && !unchanged.has(legacy) && !map.has(legacy)) map.set(legacy, letter);
  }
  const sources = [...map.keys()].sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(sources.map(escape).join('|'), 'g'), map };
}

let decoders: Record<LegacyEncoding, Decoder> | undefined;

function getDecoders(): Record<LegacyEncoding, Decoder> {
  decoders ??= {
    tcvn3: decoder((letter) => toTCVN3(letter, 'unicode')),
    vni: decoder((letter) => toVNI(letter, 'unicode'), VNI_EXTRA),
  };
  return decoders;
}

/** A character of the Latin-1 range the legacy encodings use for their letters. */
const LEGACY_CODE = /[\u00A1-\u00FF]/u;
/** The first letter of a word, legacy codes counted as letters ("(Ký" → K, "§øc" → §). */
const FIRST_LETTER = /[A-Za-z\u00A1-\u00FF\p{L}]/u;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Lone characters that are punctuation in Unicode text, kept as they are ("KT. CHỦ TỊCH · PHÓ…"). */
const LONE_PUNCTUATION = new Set([...'·»«°±×÷©®§¶']);

interface CaseContext {
  /** Nearly all the plain letters of the text are capitals: a title or a name in capitals. */
  capitals: boolean;
  /** Every word whose case shows starts with a capital: a name ("NguyÔn §øc öng"). */
  titleCase: boolean;
}

const startsToned = (word: string) => TONE.test((/\p{L}/u.exec(word)?.[0] ?? '').normalize('NFD'));

function caseContext(words: string[], decoded: string[]): CaseContext {
  const text = words.join(' ');
  const upper = text.match(/[A-Z]/g)?.length ?? 0;
  const lower = text.match(/[a-z]/g)?.length ?? 0;
  const initials = decoded.filter((word) => /\p{L}/u.test(word) && !startsToned(word));
  return {
    capitals: upper >= 3 && upper >= 4 * lower,
    titleCase: initials.length >= 2 && initials.every((word) => /\p{Lu}/u.test(/\p{L}/u.exec(word)?.[0] ?? '')),
  };
}

const capitalize = (word: string) => word.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase('vi'));

/**
 * TCVN3 has no capitals with a tone: in capitals (the .VnTimeH font) they are typed with the
 * small letters' codes, so "CHñ TÞCH" decodes to "CHủ TịCH", and "¸nh" in a name to "ánh". A word
 * goes back to capitals when its plain letters (no legacy code is ASCII) are all capitals, more
 * than an initial, or when the whole text is in capitals; a word that starts with a toned letter
 * gets its capital back at the start of a sentence and in a name whose other words have one.
 */
function restoreCase(word: string, decoded: string, context: CaseContext, sentenceStart: boolean): string {
  if (!LEGACY_CODE.test(word)) return decoded;
  const capitals = word.match(/[A-Z]/g)?.length ?? 0;
  const initial = FIRST_LETTER.exec(word)?.[0] ?? '';
  if (!/[a-z]/.test(word) && (capitals >= 2 || (capitals === 1 && !/[A-Z]/.test(initial)) || context.capitals)) {
    return decoded.toLocaleUpperCase('vi');
  }
  return startsToned(decoded) && (sentenceStart || context.titleCase) ? capitalize(decoded) : decoded;
}

/** Convert text typed in a legacy encoding to Unicode, longest legacy sequence first. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  const { pattern, map } = getDecoders()[encoding];
  const decode = (part: string) =>
    LONE_PUNCTUATION.has(part)
      ? part
      : part.replace(pattern, (sequence) => map.get(sequence) ?? sequence).normalize('NFC');
  const parts = text.split(/(\s+)/u);
  if (encoding === 'vni') return parts.map(decode).join('');
  const words = parts.filter((part) => part.trim());
  const context = caseContext(words, words.map(decode));
  let sentenceStart = true;
  return parts
    .map((part) => {
      if (!part.trim()) return part;
      const converted = restoreCase(part, decode(part), context, sentenceStart);
      sentenceStart = /[.!?:]$/.test(part);
      return converted;
    })
    .join('');
}

/** Separators between words; legacy encodings never use these for letters. */
const SEPARATORS = /[\s,.;:!?()[\]{}"'“”‘’/\\|–—\-…0-9]+/u;

/**
 * Words in capitals made only of plain capitals, Đ and Ư, without a tone (QĐ, NĐ-CP, TĐKT, TƯ):
 * abbreviations, which are not syllables and say nothing either way.
 */
const ABBREVIATION = /^[A-ZĐƯ]{2,}$/u;

/** A word with letters beyond ASCII that is not a possible Vietnamese syllable. */
function isBrokenWord(word: string): boolean {
  // Upper case after lower case inside a word ("NguyÔn", "ChÈn") is TCVN3's capitals showing through.
  if (/\p{Ll}\p{Lu}/u.test(word)) return true;
  if (ABBREVIATION.test(word)) return false;
  return !isVietnameseSyllable(word.toLocaleLowerCase('vi'));
}

/** The commonest syllables of Vietnamese prose: which of two readings is Vietnamese. */
const COMMON = new Set(
  (
    'của và các có được trong là những cho với người năm đã này một không công thi đua khen thưởng ' +
    'tỉnh huyện xã phường thành phố nhân dân tập thể cá nhân đồng chí hội nghị tổng kết phong trào ' +
    'đơn vị cụm khối ủy ban chủ tịch quyết định số ngày tháng về tại đến từ theo trên để khi đó ' +
    'nhiều hơn cũng như vì nên sẽ đang phát triển xây dựng chỉ thị nghị việc làm học sinh giáo viên ' +
    'trường thôn bản lao động sản xuất kinh tế xã hội văn hóa an ninh chính trị đảng bộ bằng nhất nhì ba'
  ).split(' '),
);

function commonWords(text: string): number {
  return text
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => COMMON.has(word)).length;
}

/**
 * Verdicts are remembered by word. Every text field of every entry passes through the detector
 * (at 10,000 stories and 100,000 recipients, half a million words), but the words repeat: a few
 * thousand syllables and names.
 */
const isBrokenWordCached = boundedMemo(isBrokenWord, 200_000);

/** How many words with letters beyond ASCII cannot be Vietnamese syllables. */
function brokenWords(text: string): number {
  let broken = 0;
  for (const word of text.split(SEPARATORS)) {
    // Plain ASCII words (THCS, UBND, English) say nothing either way, nor do tokens without a
    // letter: a "·" or "»" between two roles is punctuation, not a garbled letter.
    if (!word || /^\p{ASCII}*$/u.test(word) || !/\p{L}/u.test(word)) continue;
    if (isBrokenWordCached(word)) broken++;
  }
  return broken;
}

/**
 * Is this text TCVN3 or VNI mojibake? Returns the likely encoding and the Unicode text, or null
 * for ordinary Unicode text (and for text no conversion makes more Vietnamese).
 *
 * Method: count the words that hold letters beyond ASCII and cannot be Vietnamese syllables
 * (a letter outside the Vietnamese alphabet, two tones, a tone on the wrong vowel, an impossible
 * shape: see vietnamese-syllable.ts). Mojibake has many; the right conversion leaves none or
 * fewer. Plain ASCII words, abbreviations (QĐ, TĐKT) and lone punctuation are ignored.
 */
export function detectLegacyEncoding(input: string): LegacyDetection | null {
  const text = input.normalize('NFC');
  if (/^\p{ASCII}*$/u.test(text)) return null;
  const before = brokenWords(text);
  if (before === 0) return null;
  let best: { encoding: LegacyEncoding; text: string; broken: number; common: number } | undefined;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const converted = convertLegacy(text, encoding);
    if (converted === text) continue;
    const broken = brokenWords(converted);
    const common = commonWords(converted);
    // Fewer impossible words wins; on a tie, the reading with more everyday words.
    if (!best || broken < best.broken || (broken === best.broken && common > best.common)) {
      best = { encoding, text: converted, broken, common };
    }
  }
  // The conversion must repair most of what was broken, not merely shuffle it.
  if (!best || best.broken * 2 >= before) return null;
  return { encoding: best.encoding, text: best.text };
}
