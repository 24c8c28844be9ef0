/**
 * What a reader reads about a notice's status and window. Kept here until the shared labels
 * module (issue 15) takes them; English beside the Vietnamese for the English pages.
 */
import { startOfVietnamDay } from '../calendar/civil-date.ts';
import type { WorkingDayWindow } from '../calendar/window.ts';
import { formatDate } from '../utils/format.ts';
import type { ConsultationStatus } from './status.ts';

export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, { vi: string; en: string }> = {
  upcoming: { vi: 'Sắp lấy ý kiến', en: 'Comments open soon' },
  open: { vi: 'Đang lấy ý kiến', en: 'Open for comments' },
  closed: { vi: 'Đã hết hạn lấy ý kiến', en: 'Closed for comments' },
  decided: { vi: 'Đã có quyết định khen thưởng', en: 'Decided' },
  withdrawn: { vi: 'Đã rút đề nghị', en: 'Proposal withdrawn' },
};

/** "Từ ngày 09/02/2026 đến hết ngày 27/02/2026 (10 ngày làm việc)", as notices print a window. */
export function windowPhrase(window: WorkingDayWindow): string {
  const from = formatDate(startOfVietnamDay(window.opens));
  const to = formatDate(startOfVietnamDay(window.closes));
  return `Từ ngày ${from} đến hết ngày ${to} (${window.workingDays} ngày làm việc)`;
}
