import { checkContent } from './src/io/check-content.ts';
import { offerParsed } from './src/astro-adapter/handoffs.ts';
import { recipientsDigest, storeRecipients } from './src/io/recipient-store.ts';
import type { Recipient } from './src/schemas/recipient.ts';
const storeDir = '/tmp/checkmem-store';
const t = performance.now();
const result = checkContent(
  { root: '/work/main', contentDir: process.env['BANG_VANG_CONTENT']!, taxonomyFile: 'src/data/award-taxonomy.yaml' },
  (file, entry, data) => {
    if (file.collection !== 'awards' || !Array.isArray(data['recipients'])) return offerParsed(file.path, file.text, entry);
    const list = storeRecipients(storeDir, file.id, recipientsDigest(file.text, entry.csv?.text), data['recipients'] as Recipient[]);
    offerParsed(file.path, file.text, { ...entry, raw: { ...entry.raw, recipients: list } });
  },
  process.env['CHECK_CACHE'],
);
console.log('diagnostics', result.diagnostics.length, Math.round(performance.now() - t), 'ms', process.memoryUsage().heapUsed / 2 ** 20);
import { writeHeapSnapshot } from 'node:v8';
if (process.env['SNAP']) console.log(writeHeapSnapshot(process.env['SNAP']));
