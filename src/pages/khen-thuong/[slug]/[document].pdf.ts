/** /khen-thuong/<slug>/<name>.pdf: a decision's signed original kept beside its file in content/awards/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDecisionDocuments, type DecisionDocument } from '../../../data-access/decision-documents.ts';
import { readDocument } from '../../../io/decision-documents.ts';

export const getStaticPaths = (async () =>
  [...(await getDecisionDocuments())].flatMap(([slug, document]) =>
    document.beside
      ? [{ params: { slug, document: document.beside.fileName.replace(/\.pdf$/, '') }, props: { document } }]
      : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: DecisionDocument }> = ({ props }) =>
  new Response(new Uint8Array(readDocument(props.document.beside?.file as string)), {
    headers: { 'Content-Type': 'application/pdf' },
  });
