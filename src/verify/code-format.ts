/**
 * The shape of a public verification code (mã xác minh) and how typed input is read. Pure and
 * small: the build, the content check and the /xac-minh/ page's script all use it.
 *
 * A code is 9 symbols from a 17-symbol alphabet, printed in three groups: `7HC-M4X-2EA`.
 * The alphabet keeps only symbols that neither look nor sound alike, read the Vietnamese way
 * ("a, bê, xê, dê…" or "a, bờ, cờ, dờ…") or the English way, on a phone line or a poor print:
 * - no 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 6/G, 8/B: they look alike in print and handwriting;
 * - no I beside Y (both "i"), no N beside M ("en-nờ"/"em-mờ"), no K beside C ("ca"/"cờ"),
 *   no P beside T ("pê"/"tê"); no D, R, V: "dờ", "rờ" and "vờ" are one sound in Hà Nội or in
 *   Sài Gòn, and D is often read "đê", close to "tê"; no W, F, J (read "vê kép", "ép", "gi");
 * - Vietnamese letters typed with their marks (Ê, Ư, Â) are read without them.
 * What is left: the digits 2–9 (each read plainly: "hai", "ba"…) and A C E H M T U X Y.
 * Typing ignores case and every separator (spaces, hyphens, dots).
 *
 * Why 9: 17⁹ ≈ 1.19 × 10¹¹ codes. Derived codes behave as random draws, so among n records the
 * expected number of pairs that would draw the same code is n² / (2 × 17⁹): 0.04 at 100,000
 * recipients, about 4 at 1,000,000. Such a pair is never shared: see assign-codes.ts.
 */

export const CODE_ALPHABET = '23456789ACEHMTUXY';
export const CODE_LENGTH = 9;
/** The code as printed: three groups of three. */
const GROUP = 3;

/** The code in its printed form, from its 9 symbols. */
export function formatCode(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}

/** The symbols a reader typed: marks dropped, upper case, separators removed. */
function symbolsOf(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'D')
    .toUpperCase()
    .replace(/[\s\-–—._·/]+/gu, '');
}

export type CodeReading =
  | { ok: true; code: string }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'length'; length: number }
  | { ok: false; problem: 'symbols'; symbols: string };

/** Read a code as written (pinned in content, or typed): on success, in its printed form. */
export function readCode(input: string): CodeReading {
  const symbols = symbolsOf(input);
  if (!symbols) return { ok: false, problem: 'empty' };
  const foreign = [...new Set([...symbols].filter((c) => !CODE_ALPHABET.includes(c)))].join('');
  if (foreign) return { ok: false, problem: 'symbols', symbols: foreign };
  if (symbols.length !== CODE_LENGTH) return { ok: false, problem: 'length', length: symbols.length };
  return { ok: true, code: formatCode(symbols) };
}

/** What a reader typed in the code box, which may be a whole address pasted from a QR (`…?ma=7HC-M4X-2EA`). */
export function readTypedCode(input: string): CodeReading {
  const fromAddress = /[?&]ma=([^&#]*)/.exec(input)?.[1];
  if (fromAddress === undefined) return readCode(input);
  try {
    return readCode(decodeURIComponent(fromAddress));
  } catch {
    return readCode(fromAddress);
  }
}

/** The code's symbols without separators, for comparing and sharding. */
export function codeSymbols(code: string): string {
  return code.replaceAll('-', '');
}

/** What a code is made of, for messages: "9 ký tự: 2–9 và A C E H M T U X Y". */
export const CODE_SHAPE = {
  vi: `${CODE_LENGTH} ký tự gồm chữ số 2–9 và các chữ ${[...CODE_ALPHABET.replace(/\d/g, '')].join(' ')}, có thể viết thành ba nhóm, ví dụ 7HC-M4X-2EA (không dùng 0, 1, O, I, L, B, D, S, Z…)`,
  en: `${CODE_LENGTH} symbols: the digits 2–9 and the letters ${[...CODE_ALPHABET.replace(/\d/g, '')].join(' ')}, optionally in three groups, e.g. 7HC-M4X-2EA (no 0, 1, O, I, L, B, D, S, Z…)`,
};
