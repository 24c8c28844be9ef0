/**
 * Public comment notices against the decisions they name (rules across files). That the proposing
 * unit and the outcome's decision exist is checked with every reference (REFERENCES in
 * content-model/collections.ts, with suggestions); here, what only a notice and its decision say
 * together: the decision confers the award consulted on, and it was signed after the window
 * closed. Both are warnings: a council may confer a lower award, and an old record may be what it
 * is. Pure: it needs the valid entries with their locators, the working-day calendar (for the
 * closing day) and the taxonomy (for award names).
 */
import { noticeWindow } from '../../consultations/status.ts';
import { vietnamIsoDate } from '../../utils/dates.ts';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import type { SiteContext } from '../types.ts';

export const consultationMessages = {
  otherAward: (decision: string, given: string, consulted: string) => ({
    vi: `Quyết định ${decision} tặng ${given}, khác hình thức đã lấy ý kiến (${consulted}). Nếu đúng như vậy, có thể bỏ qua cảnh báo này.`,
    en: `Decision ${decision} confers ${given}, not the award consulted on (${consulted}). If that is so, this warning can be ignored.`,
    found: given,
  }),
  signedBeforeClosing: (decision: string, signed: string, closes: string) => ({
    vi: `Quyết định ${decision} ký ngày ${signed}, trước khi hết hạn lấy ý kiến (hết ngày ${closes}). Hãy kiểm tra ngày ký, ngày bắt đầu (opens) và số ngày làm việc (workingDays).`,
    en: `Decision ${decision} was signed on ${signed}, before the comment window closed (end of ${closes}). Check the signing date, the first day (opens) and the working days (workingDays).`,
    found: signed,
    allowedVi: `sau ngày ${closes}`,
    allowedEn: `after ${closes}`,
  }),
  noClosingDay: {
    vi: 'Không tính được ngày hết hạn: dữ liệu ngày nghỉ (src/data/holidays/) không để lại đủ ngày làm việc.',
    en: 'The closing day cannot be computed: the holiday data (src/data/holidays/) leaves too few working days.',
  },
};

export function checkConsultations({ entries, locate, calendar, taxonomy }: SiteContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const awardName = (id: unknown) => taxonomy.awards.find((award) => award.id === id)?.name ?? String(id);
  const decisions = new Map(entries.filter((e) => e.collection === 'awards').map((e) => [e.id, e]));
  for (const notice of entries) {
    if (notice.collection !== 'consultations') continue;
    const data = notice.data as { award: string; opens: Date; workingDays: number; outcome?: { decision?: string } };
    let closes: string;
    try {
      closes = noticeWindow(data, calendar).closes;
    } catch {
      const at = locate(notice)(['workingDays']);
      diagnostics.push(error({ ...at, field: 'workingDays', ...consultationMessages.noClosingDay }));
      continue;
    }
    const decision = data.outcome?.decision === undefined ? undefined : decisions.get(data.outcome.decision);
    if (!decision) continue;
    const at = { ...locate(notice)(['outcome', 'decision']), field: 'outcome.decision' };
    const number = String(decision.data['decision']);
    if (decision.data['award'] !== data.award) {
      diagnostics.push(
        warning({
          ...at,
          ...consultationMessages.otherAward(number, awardName(decision.data['award']), awardName(data.award)),
        }),
      );
    }
    const signed = vietnamIsoDate(decision.data['signed'] as Date);
    if (signed <= closes) {
      diagnostics.push(warning({ ...at, ...consultationMessages.signedBeforeClosing(number, signed, closes) }));
    }
  }
  return diagnostics;
}
