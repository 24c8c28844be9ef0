/**
 * mammoth in the annex importer's browser bundle: its own browser build, served as
 * /admin/nhap/word.js (word.ts) beside the importer and loaded only when a Word file is read. It
 * takes the file as `arrayBuffer` where the Node build takes a `buffer`.
 */
interface Mammoth {
  convertToHtml(input: { arrayBuffer: ArrayBuffer | Uint8Array }): Promise<{ value: string }>;
}

export default {
  async convertToHtml(input: { buffer: Uint8Array }): Promise<{ value: string }> {
    const word = (await import(/* @vite-ignore */ new URL('word.js', import.meta.url).href)) as { default: Mammoth };
    return word.default.convertToHtml({ arrayBuffer: input.buffer });
  },
};
