/** Dates and numbers the Vietnamese way, always in Vietnam's time zone (builds run in UTC). */
import { VIETNAM_TIME_ZONE, vietnamIsoDate } from './dates.ts';

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const weekdayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM_TIME_ZONE, weekday: 'long' });
const numberFormat = new Intl.NumberFormat('vi-VN');

/** `14/03/2024` */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** `Thứ Năm, 14/03/2024` */
export function formatDateWithWeekday(date: Date): string {
  const weekday = weekdayFormat.format(date);
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${formatDate(date)}`;
}

/** `Thứ Năm, 14/03/2024 07:02`, as news sites print it. */
export function formatDateTime(date: Date): string {
  return `${formatDateWithWeekday(date)} ${timeFormat.format(date)}`;
}

/** `1.234.567` */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `ngày 15 tháng 01 năm 2026`, as official documents write it. */
export function formatOfficialDate(date: Date): string {
  const [year, month, day] = vietnamIsoDate(date).split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

const megabytes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** `48 KB`, `1,2 MB`: a file's size as a download link states it (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${numberFormat.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${megabytes.format(bytes / 1024 / 1024)} MB`;
}

/** A `tel:` link of a number as printed ("0229.3871.234", "+84 229 387 1234"): its digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A telephone number as link text, kept on one line: non-breaking spaces and hyphens. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00A0').replace(/-/g, '\u2011');
}
