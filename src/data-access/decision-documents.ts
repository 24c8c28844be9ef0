/**
 * Each decision's signed original (`document`) as its page offers it, derived once per build: its
 * address (a file beside the decision is served at /khen-thuong/<slug>/<name>.pdf, one under
 * public/ at its own path under the site's base, a web address as it is) and its size in bytes
 * when it is a file of the site.
 */
import { getDecisions } from './awards.ts';
import { documentFile, documentSize } from '../io/decision-documents.ts';
import { routes } from '../routing/index.ts';
import { digestOf, fileDigest } from '../io/digest.ts';

export interface DecisionDocument {
  /** Where a reader downloads it. */
  href: string;
  /** Bytes, for a file of the site; unknown for a web address. */
  size?: number | undefined;
  /** A web address on another site. */
  external: boolean;
  /** For a file beside the decision: the file (from the project root) and its name in the address. */
  beside?: { file: string; fileName: string } | undefined;
}

let cached: Promise<Map<string, DecisionDocument>> | undefined;

async function load(): Promise<Map<string, DecisionDocument>> {
  const documents = new Map<string, DecisionDocument>();
  for (const { id, entry } of await getDecisions()) {
    const value = entry.data.document;
    if (!value) continue;
    if (/^https:\/\//.test(value)) {
      documents.set(id, { href: value, external: true });
      continue;
    }
    const file = documentFile(value);
    const size = documentSize(file);
    if (value.startsWith('/')) {
      documents.set(id, { href: routes.fromContent(value), size, external: false });
      continue;
    }
    const fileName = `${(value.split('/').pop() as string).replace(/\.pdf$/i, '')}.pdf`;
    documents.set(id, {
      href: routes.decisionDocument(id, fileName),
      size,
      external: false,
      beside: { file, fileName },
    });
  }
  return documents;
}

export function getDecisionDocuments(): Promise<Map<string, DecisionDocument>> {
  cached ??= load();
  return cached;
}

/**
 * The static paths of the originals kept beside their decisions (/khen-thuong/<slug>/<name>.pdf),
 * each with its cache key: its address and its file's bytes.
 */
export async function getDocumentPaths() {
  return [...(await getDecisionDocuments())].flatMap(([slug, document]) =>
    document.beside
      ? [
          {
            params: { slug, document: document.beside.fileName.replace(/\.pdf$/, '') },
            props: { document },
            cacheKey: digestOf([document.href, fileDigest(document.beside.file)]),
          },
        ]
      : [],
  );
}
