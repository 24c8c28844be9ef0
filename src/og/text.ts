/** Text as a card draws it. Pure: the data-access layer uses it too, so the cache key sees what is drawn. */

/** NFC (one code point per Vietnamese letter: what the font's glyphs and our measure expect), single spaces, trimmed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
