/**
 * mammoth in the annex importer's browser bundle: its own browser build, loaded only when a Word
 * file is read (a separate chunk of /admin/nhap/), which takes the file as `arrayBuffer`.
 */
interface Mammoth {
  convertToHtml(input: { arrayBuffer: ArrayBuffer | Uint8Array }): Promise<{ value: string }>;
}

export default {
  async convertToHtml(input: { buffer: Uint8Array }): Promise<{ value: string }> {
    // @ts-expect-error the browser build has no types of its own.
    const loaded = (await import('mammoth/mammoth.browser.min.js')) as { default?: Mammoth } & Mammoth;
    return (loaded.default ?? loaded).convertToHtml({ arrayBuffer: input.buffer });
  },
};
