/**
 * iconv-lite in the annex importer's browser bundle: the browser's own TextDecoder reads
 * Windows-1258 (src/import/decode.ts), so iconv-lite's tables (480 KB) stay out of it.
 */
export default {
  decode(bytes: Uint8Array, encoding: string): string {
    return new TextDecoder(encoding).decode(bytes);
  },
};
