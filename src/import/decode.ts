/**
 * Decode a CSV file as offices produce it: UTF-8 (with or without a BOM), UTF-16 ("Unicode
 * text" from Excel) or Windows-1258, the Vietnamese ANSI code page of Excel on Windows.
 * Pure: bytes in, text out.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1258';

export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (có BOM)',
  'utf-16le': 'UTF-16',
  'windows-1258': 'Windows-1258',
};

/**
 * Valid UTF-8 is read as UTF-8; anything else as Windows-1258 (which decodes every byte).
 * Windows-1258 writes tones as combining marks after the letter, so the result is put in NFC.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'windows-1258').normalize('NFC'), encoding: 'windows-1258' };
  }
}
