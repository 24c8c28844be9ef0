/**
 * The text of a saved page: its bytes decoded with the charset it declares (BOM, `<meta charset>`,
 * `http-equiv` Content-Type), else UTF-8 when the bytes are valid UTF-8, else Windows-1258 (the
 * Vietnamese ANSI code page of older Windows portals). Pure: bytes in, text out (NFC).
 */
import iconv from 'iconv-lite';

/** `charset=…` in the first bytes of the page, read as Latin-1 (the declaration is ASCII). */
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function decodePage(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8' };
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = DECLARED.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared).normalize('NFC'), encoding: declared };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC'), encoding: 'windows-1258' };
  }
}
