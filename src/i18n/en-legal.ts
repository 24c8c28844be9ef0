/** English beside vi-legal.ts. */
import type { viLegal } from './vi-legal.ts';

export const enLegal: { [K in keyof typeof viLegal]: string } = {
  documentForm: 'Type of document',
  documentFormDecision: 'Decision',
  documentFormProposal: 'Proposal for an award',
  issuingBody: 'Issued by',
  numberAndSymbol: 'Number and symbol',
  effectiveOn: 'In force from',
  effectiveFromSigning: 'from signing',
  abstract: 'Abstract',
  signer: 'Signed by',
  signedOriginal: 'Signed original',
  downloadOriginal: 'Download the signed original',
  viewOriginalElsewhere: 'See the signed original',
  externalSite: 'another site',
  abstractAbout: 'On',
  abstractGive: 'conferring',
  abstractPropose: 'proposing',
  abstractTitle: 'the title',
  abstractTo: 'on',
  and: 'and',
};
