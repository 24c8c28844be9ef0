/**
 * A decision's recipients as the build stores them out of Astro's content store (the rows after
 * the schema, in the file's order): one JSON array of rows, each an array of the columns, so a
 * 50,000-row annex is a few megabytes that parse in milliseconds. Pure; src/io/recipient-store.ts
 * reads and writes the files.
 */
import type { Recipient } from '../schemas/recipient.ts';
import type { RecipientList } from '../schemas/recipient-list.ts';

/** name, kind, unit, position, citation, posthumous, sortKey, code, withheld's reason, minor. */
type Row = [
  name: string,
  kind: Recipient['kind'],
  unit?: string | null,
  position?: string | null,
  citation?: string | null,
  posthumous?: 0 | 1,
  sortKey?: string | null,
  code?: string | null,
  withheld?: string | null,
  minor?: 0 | 1,
];

export function encodeRecipients(rows: readonly Recipient[]): string {
  const encoded = rows.map((r): Row => {
    const row: Row = [
      r.name,
      r.kind,
      r.unit ?? null,
      r.position ?? null,
      r.citation ?? null,
      r.posthumous ? 1 : 0,
      r.sortKey ?? null,
      r.code ?? null,
      r.withheld?.reason ?? null,
      r.minor ? 1 : 0,
    ];
    // Trailing empty columns are left out: most rows have no code, sort key or withheld reason.
    while (row.length > 2 && (row.at(-1) === null || row.at(-1) === 0)) row.pop();
    return row;
  });
  return JSON.stringify(encoded);
}

export function decodeRecipients(text: string): Recipient[] {
  return (JSON.parse(text) as Row[]).map(
    ([name, kind, unit, position, citation, posthumous, sortKey, code, withheld, minor]) => {
      const row: Recipient = { name, kind, posthumous: posthumous === 1, minor: minor === 1 };
      if (unit != null) row.unit = unit;
      if (position != null) row.position = position;
      if (citation != null) row.citation = citation;
      if (sortKey != null) row.sortKey = sortKey;
      if (code != null) row.code = code;
      if (withheld != null) row.withheld = { reason: withheld };
      return row;
    },
  );
}

/** What the content store keeps of the rows: their file and how many of each kind. */
export function summariseRecipients(file: string, rows: readonly Recipient[]): RecipientList {
  const kinds = { 'tap-the': 0, 'ca-nhan': 0, 'ho-gia-dinh': 0 };
  let unpublished = 0;
  for (const row of rows) {
    kinds[row.kind]++;
    if (row.withheld || row.minor) unpublished++;
  }
  return { file, count: rows.length, unpublished, kinds };
}
