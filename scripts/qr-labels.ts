/**
 * `npm run qr -- <decision> [--out file.pdf] [--svg folder] [--png folder]`: the QR labels of a
 * decision's published recipients, for an office to print on an A4 sheet of 3 × 8 labels
 * (src/verify/qr/label-sheet.ts) and stick on the certificates; or one QR image per recipient.
 * The decision is named by its file name (slug) or its number. The content is checked first:
 * the codes printed are the ones the site gives.
 *
 * Exit codes: 0 written · 1 the content or the decision does not allow it · 2 could not run.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/io/check-content.ts';
import { folderExists, writeLabelsPdf, writeQrImages } from '../src/io/write-qr-labels.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../src/project.ts';
import { formatReport } from '../src/validation/format.ts';
import { LABEL_SHEET, LABELS_PER_PAGE } from '../src/verify/qr/label-sheet.ts';
import { formatMessage, labelMessages } from '../src/verify/qr/messages.ts';
import { planLabels } from '../src/verify/qr/plan-labels.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, svg: { type: 'string' }, png: { type: 'string' } },
    allowPositionals: true,
  });
  const [wanted] = positionals;
  if (!wanted || positionals.length > 1) {
    console.error(formatMessage(labelMessages.usage));
    return 2;
  }
  const result = checkContent({ root: process.cwd(), contentDir: CONTENT_DIR, taxonomyFile: TAXONOMY_FILE });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !result.taxonomy || !result.site) {
    console.error(`${formatReport(errors)}\n\n${formatMessage(labelMessages.contentErrors)}`);
    return 1;
  }
  const plan = planLabels(result.entries, result.taxonomy, result.site.url, wanted);
  if (!plan.ok) {
    console.error(formatMessage(plan.message));
    return 1;
  }
  const images = (['svg', 'png'] as const).filter((kind) => values[kind]);
  const out = values.out ?? (images.length ? undefined : `nhan-xac-minh-${plan.decision}.pdf`);
  if (out) {
    if (!folderExists(out)) {
      console.error(formatMessage(labelMessages.noFolder(out)));
      return 1;
    }
    await writeLabelsPdf(out, plan.labels, `Nhãn xác minh — ${plan.number}`);
    const pages = Math.ceil(plan.labels.length / LABELS_PER_PAGE);
    console.log(
      formatMessage(labelMessages.written(out, plan.labels.length, pages, plan.unpublished, LABEL_SHEET.name)),
    );
  }
  for (const kind of images) {
    const folder = values[kind] as string;
    await writeQrImages(folder, plan.labels, kind);
    console.log(formatMessage(labelMessages.images(folder, plan.labels.length, kind.toUpperCase())));
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Never a stack trace: say what went wrong in both languages.
    console.error(`Không tạo được nhãn / The labels could not be made: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 2;
  },
);
