/**
 * Vietnamese interface strings of what the law asks of a state body's portal (Decree 42/2022,
 * Circular 26/2020, the personal data law): a decision's document facts, print and save, the
 * English page, the accessibility statement, the open data page. Part of `vi` (vi.ts).
 */
export const viLegal = {
  /** A decision's facts as Decree 42 lists them for a document. */
  documentForm: 'Hình thức văn bản',
  documentFormDecision: 'Quyết định',
  documentFormProposal: 'Tờ trình đề nghị khen thưởng',
  issuingBody: 'Cơ quan ban hành',
  numberAndSymbol: 'Số, ký hiệu',
  effectiveOn: 'Ngày có hiệu lực',
  effectiveFromSigning: 'kể từ ngày ký',
  abstract: 'Trích yếu',
  signer: 'Người ký',
  signedOriginal: 'Văn bản gốc',
  downloadOriginal: 'Tải về bản đã ký',
  viewOriginalElsewhere: 'Xem bản đã ký',
  externalSite: 'trang ngoài',
  /** The abstract built when a decision has no title: "Về việc tặng Bằng khen … cho 2 tập thể và 5 cá nhân". */
  abstractAbout: 'Về việc',
  abstractGive: 'tặng',
  abstractPropose: 'đề nghị tặng',
  abstractTitle: 'danh hiệu',
  abstractTo: 'cho',
  and: 'và',
} as const;
