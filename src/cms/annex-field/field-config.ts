/**
 * The annex field in config.yml: `recipientsFile` of a decision or a notice, drawn by
 * /admin/nhap/widget.js (browser/widget.ts). The CSV it hands to Sveltia goes into the entry's own
 * folder (a field-level media folder relative to it), and the field holds the bare file name, as
 * the content model wants (`recipientsFile: danh-sach.csv`, beside the YAML). Pure.
 */
import type { AnnexCollection } from './form-input.ts';

/** The field type's name, registered by widget.ts. */
export const ANNEX_FIELD_TYPE = 'bang-vang-annex';

export function annexFieldConfig(collection: AnnexCollection): Record<string, unknown> {
  return {
    widget: ANNEX_FIELD_TYPE,
    /** Read by the widget: which form fields the importer takes (form-input.ts). */
    collection,
    media_folder: '',
    public_folder: '',
  };
}
