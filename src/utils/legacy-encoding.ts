/**
 * Text typed in the 1990s–2000s Vietnamese 8-bit encodings (TCVN3/ABC with .VnTime fonts,
 * VNI with VNI-Times) and later copied as if it were Unicode shows up as mojibake:
 * "NguyÔn V¨n §øc" (TCVN3), "Nguyeãn Vaên Ñöùc" (VNI). Offices still receive such lists.
 *
 * `detectLegacyEncoding` says whether a text is most likely such mojibake, which encoding, and
 * what it says in Unicode. Pure, no I/O; used by the annex importer and meant for the content
 * check too.
 *
 * The conversion tables come from `vietnamese-conversion` (public API, Unicode → legacy, one
 * letter at a time, which it does correctly). Its own reverse conversion replaces shorter
 * sequences first and garbles VNI ("Ñöùc" → "Đưùc"), and its `detectCharset` calls both legacy
 * samples "unicode", so the reverse direction (longest sequence first) and the detection are ours.
 */
import { toTCVN3, toVNI } from 'vietnamese-conversion';
import { boundedMemo } from './bounded-memo.ts';

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

const VIETNAMESE_LETTER_SET = new Set(VIETNAMESE_LETTERS);

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

/** Convert text typed in a legacy encoding to Unicode, longest legacy sequence first. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  const { pattern, map } = getDecoders()[encoding];
  return text.replace(pattern, (sequence) => map.get(sequence) ?? sequence).normalize('NFC');
}

const ONSET = '(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
/** Vowel groups that end a syllable (they end in a glide: no final consonant may follow). */
const OPEN = 'iêu yêu oai oay oeo uây uôi ươi ươu uyu uya ai ao au ay âu ây eo êu ia iu oi ôi ơi ua uơ ui ưa ưi ưu';
/** Vowel groups that may take a final consonant. */
const CLOSED = 'uyê iê yê oa oă oe oo uâ uê uô ươ uy a ă â e ê i o ô ơ u ư y';
const CODA = '(ch|ng|nh|c|m|n|p|t)?';
const group = (list: string) => `(?:${list.split(' ').join('|')})`;
/** A Vietnamese syllable without its tone: onset, vowel group, final consonant. */
const SYLLABLE = new RegExp(`^${ONSET}(?:${group(OPEN)}|(${group(CLOSED)})${CODA})$`, 'u');
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Separators between words; legacy encodings never use these for letters. */
const SEPARATORS = /[\s,.;:!?()[\]{}"'“”‘’/\\|–—\-…0-9]+/u;

/** Spelling rules of the onset: gh/ngh/k before e ê i (y), g/ng/c elsewhere. */
function onsetFits(onset: string, rest: string): boolean {
  const front = /^[eêiy]/u.test(rest);
  if (onset === 'gh' || onset === 'ngh' || onset === 'k') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  if (onset === 'g') return !/^[eê]/u.test(rest);
  return true;
}

/** A word with letters beyond ASCII that is not a possible Vietnamese syllable. */
function isBrokenWord(word: string): boolean {
  // Upper case after lower case inside a word ("NguyÔn", "ChÈn") is TCVN3's capitals showing through.
  if (/\p{Ll}\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  for (const char of lower) {
    if (char.charCodeAt(0) <= 0x7f) continue;
    if (!VIETNAMESE_LETTER_SET.has(char)) return true;
  }
  // Abbreviations in capitals (QĐ, NĐ-CP, UBND) are not syllables and say nothing.
  if (word.length > 1 && word === word.toUpperCase()) return false;
  const tones = lower.normalize('NFD').match(TONE_MARKS) ?? [];
  if (tones.length > 1) return true;
  const bare = lower.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  const match = SYLLABLE.exec(bare);
  if (!match) return true;
  const [, onset = '', , coda = ''] = match;
  if (!onsetFits(onset, bare.slice(onset.length))) return true;
  // A syllable closed by c, ch, p or t takes only the rising (sắc) or the heavy (nặng) tone.
  if (/^(c|ch|p|t)$/.test(coda) && tones[0] && !/[\u0301\u0323]/u.test(tones[0])) return true;
  return false;
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
    // Plain ASCII words (THCS, UBND, English) say nothing either way.
    if (!word || /^\p{ASCII}*$/u.test(word)) continue;
    if (isBrokenWordCached(word)) broken++;
  }
  return broken;
}

/**
 * Is this text TCVN3 or VNI mojibake? Returns the likely encoding and the Unicode text, or null
 * for ordinary Unicode text (and for text no conversion makes more Vietnamese).
 *
 * Method: count the words that hold letters beyond ASCII and cannot be Vietnamese syllables
 * (a letter outside the Vietnamese alphabet, two tones, an impossible shape). Mojibake has many;
 * the right conversion leaves none or fewer. Plain ASCII words are ignored.
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
