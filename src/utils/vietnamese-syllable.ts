/**
 * Is a word a possible Vietnamese syllable? Onset, vowel nucleus, final consonant and the place
 * of the tone mark, as the spelling rules have them. The legacy-encoding detector counts the
 * words that are not: mojibake from TCVN3 and VNI breaks these rules (a tone on the wrong vowel,
 * "â" with nothing after it, two tones), ordinary Vietnamese does not. Pure.
 *
 * Both tone placements in use are accepted ("hòa" and "hoà", "thủy" and "thuỷ").
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Rising (sắc) and heavy (nặng): the only tones a syllable closed by c, ch, p, t takes. */
const STOP_TONES = /[\u0301\u0323]/u;

const ONSETS = 'ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x'.split(' ');
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'];

interface Nucleus {
  /** Whether a final consonant is forbidden, allowed or needed. */
  coda: 'none' | 'optional' | 'required';
  /** Where the tone may sit (index in the nucleus) without a final consonant. */
  open: number[];
  /** Where it may sit with one. */
  closed: number[];
}

const NUCLEI = new Map<string, Nucleus>();
function add(list: string, rule: Nucleus): void {
  for (const nucleus of list.split(' ')) NUCLEI.set(nucleus, rule);
}
add('a e ê i o ô ơ u ư y', { coda: 'optional', open: [0], closed: [0] });
add('ă â', { coda: 'required', open: [], closed: [0] });
add('ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu ia ua ưa', { coda: 'none', open: [0], closed: [] });
// Old and new placement: "hòa" and "hoà"; with a final consonant, only on the second: "hoàng".
add('oa oe uy uê', { coda: 'optional', open: [0, 1], closed: [1] });
add('uơ', { coda: 'none', open: [1], closed: [] });
add('iê yê uô ươ uâ oă oo', { coda: 'required', open: [], closed: [1] });
add('iêu yêu oai oay oeo uây uôi ươi ươu uyu uya', { coda: 'none', open: [1], closed: [] });
add('uyê', { coda: 'required', open: [], closed: [2] });

/** Nuclei a final ch or nh may follow (ach, êch, ich, oanh, uênh, huỳnh). */
const BEFORE_CH_NH = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);
/** Nuclei a final c or ng may not follow (no "ing", "êc"; "giêng" is gi + iê). */
const NOT_BEFORE_C_NG = new Set(['ê', 'i', 'y', 'uê', 'uy']);
const FRONT = /^[eêiy]/u;

/** gh, ngh and k go before e, ê, i (y); c, ng elsewhere; g not before e, ê. */
function onsetFits(onset: string, nucleus: string): boolean {
  const front = FRONT.test(nucleus);
  if (onset === 'gh' || onset === 'ngh' || onset === 'k') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  if (onset === 'g') return !/^[eê]/u.test(nucleus);
  return true;
}

function codaFits(coda: string, nucleus: string, onset: string): boolean {
  if (coda === 'ch' || coda === 'nh') return BEFORE_CH_NH.has(nucleus);
  if (coda === 'c' || coda === 'ng') return !NOT_BEFORE_C_NG.has(nucleus) || (onset === 'gi' && nucleus === 'ê');
  return true;
}

/** Letters without their tone (ư, ơ, ă… kept whole), and the index of the letter that carries it. */
function splitTone(word: string): { letters: string[]; toneAt: number; tone: string } | undefined {
  const letters: string[] = [];
  let toneAt = -1;
  let tone = '';
  for (const char of word.normalize('NFD')) {
    if (TONE_MARKS.test(char)) {
      if (toneAt >= 0 || letters.length === 0) return undefined;
      toneAt = letters.length - 1;
      tone = char;
    } else if (/\p{M}/u.test(char) && letters.length) {
      letters[letters.length - 1] = `${letters[letters.length - 1]}${char}`.normalize('NFC');
    } else letters.push(char);
  }
  return { letters, toneAt, tone };
}

/** The word must be in lower case. */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word);
  if (!split) return false;
  const { letters, toneAt, tone } = split;
  const bare = letters.join('');
  if (bare.length !== letters.length) return false;
  for (const onset of [...ONSETS, '']) {
    if (!bare.startsWith(onset)) continue;
    const rest = bare.slice(onset.length);
    for (const coda of [...CODAS, '']) {
      if (!rest.endsWith(coda)) continue;
      const nucleus = rest.slice(0, rest.length - coda.length);
      const rule = NUCLEI.get(nucleus);
      if (!rule) continue;
      if (coda ? rule.coda === 'none' : rule.coda === 'required') continue;
      if (!onsetFits(onset, nucleus) || !codaFits(coda, nucleus, onset)) continue;
      if (toneAt >= 0 && !(coda ? rule.closed : rule.open).includes(toneAt - onset.length)) continue;
      if (/^(c|ch|p|t)$/.test(coda) && tone && !STOP_TONES.test(tone)) continue;
      return true;
    }
  }
  return false;
}
