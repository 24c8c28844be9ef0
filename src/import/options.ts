/**
 * The decision's own fields, given on the command line (or read from the annex's title block):
 * checked here against the taxonomy and the units so that the written YAML passes the check.
 */
import { AWARD_CLASS_LABELS } from '../i18n/labels.ts';
import { type Taxonomy } from '../schemas/taxonomy.ts';
import { parseVietnamDate } from '../utils/dates.ts';
import { closestMatches } from '../validation/suggest.ts';
import { foldKey } from './headers.ts';
import type { ImportProblem } from './problem.ts';
import type { UnitMatcher } from './units.ts';

/** Option names: Vietnamese (shown in messages) and English. */
export const DECISION_OPTIONS = {
  decision: { vi: 'so', en: 'decision' },
  signed: { vi: 'ngay-ky', en: 'signed' },
  issuer: { vi: 'co-quan', en: 'issuer' },
  issuerUnit: { vi: 'don-vi-ban-hanh', en: 'issuer-unit' },
  award: { vi: 'hinh-thuc', en: 'award' },
  class: { vi: 'hang', en: 'class' },
  period: { vi: 'nam-thanh-tich', en: 'period' },
  title: { vi: 'tieu-de', en: 'title' },
  reason: { vi: 'ly-do', en: 'reason' },
  status: { vi: 'trang-thai', en: 'status' },
  cluster: { vi: 'cum', en: 'cluster' },
  movement: { vi: 'phong-trao', en: 'movement' },
} as const;

export type DecisionField = keyof typeof DECISION_OPTIONS;
export type DecisionInput = Partial<Record<DecisionField, string>>;

/** Checked values, ready for the YAML; a field absent here is left as a marked placeholder. */
export interface DecisionFields {
  decision?: string;
  signed?: string;
  issuer?: string;
  issuerUnit?: string;
  award?: string;
  class?: string;
  period?: number | string;
  title?: string;
  reason?: string;
  status?: string;
  cluster?: string;
  movement?: string;
}

export interface DecisionContext {
  taxonomy: Taxonomy;
  units: UnitMatcher;
  clusters: Set<string>;
  movements: Set<string>;
}

const optionName = (field: DecisionField) => `--${DECISION_OPTIONS[field].vi}`;

/** `YYYY-MM-DD` or `dd/mm/yyyy` → `YYYY-MM-DD`; a reason when it is not a real date. */
export function readDate(text: string): { ok: true; iso: string } | { ok: false; vi: string; en: string } {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const iso = dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : text.trim();
  const parsed = parseVietnamDate(iso);
  if (parsed.ok && !parsed.hasTime) return { ok: true, iso };
  if (!parsed.ok && parsed.reason === 'calendar' && parsed.detail) {
    const { year, month, daysInMonth } = parsed.detail;
    return daysInMonth
      ? {
          ok: false,
          vi: `Ngày không có thật: tháng ${month}/${year} chỉ có ${daysInMonth} ngày.`,
          en: `This date does not exist: ${year}-${String(month).padStart(2, '0')} has only ${daysInMonth} days.`,
        }
      : { ok: false, vi: `Tháng ${month} không tồn tại.`, en: `Month ${month} does not exist.` };
  }
  return {
    ok: false,
    vi: 'Sai định dạng ngày: viết YYYY-MM-DD hoặc ngày/tháng/năm.',
    en: 'Wrong date format: write YYYY-MM-DD or day/month/year.',
  };
}

const CLASS_WORDS: Record<string, string> = { nhat: 'hang-nhat', nhi: 'hang-nhi', ba: 'hang-ba' };

export function checkDecisionOptions(
  input: DecisionInput,
  context: DecisionContext,
): { fields: DecisionFields; problems: ImportProblem[] } {
  const fields: DecisionFields = {};
  const problems: ImportProblem[] = [];
  const fail = (field: DecisionField, problem: Omit<ImportProblem, 'severity' | 'option'>) =>
    problems.push({ severity: 'error', option: optionName(field), ...problem });

  const text = (field: DecisionField) => input[field]?.normalize('NFC').trim() || undefined;

  const decision = text('decision');
  if (decision !== undefined) {
    if (/^\S+\/\S+$/.test(decision)) fields.decision = decision;
    else
      fail('decision', {
        vi: 'Số quyết định có dạng số/ký hiệu, không có dấu cách, ví dụ 1234/QĐ-UBND.',
        en: 'A decision number looks like number/code with no spaces, e.g. 1234/QĐ-UBND.',
        found: decision,
      });
  }

  const signed = text('signed');
  if (signed !== undefined) {
    const date = readDate(signed);
    if (date.ok) fields.signed = date.iso;
    else fail('signed', { vi: date.vi, en: date.en, found: signed });
  }

  const issuer = text('issuer');
  if (issuer !== undefined) {
    const ids = context.taxonomy.issuers.map((i) => i.id);
    if (ids.includes(issuer)) fields.issuer = issuer;
    else
      fail('issuer', {
        vi: 'Cơ quan khen thưởng không có trong danh mục.',
        en: 'Unknown conferring authority.',
        found: issuer,
        allowedVi: context.taxonomy.issuers.map((i) => `${i.id} (${i.name})`).join(', '),
        allowedEn: ids.join(', '),
        suggestions: closestMatches(
          issuer,
          context.taxonomy.issuers.map((i) => ({ value: i.id, aliases: [i.name], label: `${i.id} (${i.name})` })),
        ),
      });
  }

  const award = text('award');
  if (award !== undefined) {
    const type = context.taxonomy.awards.find((a) => a.id === award);
    if (type) fields.award = award;
    else
      fail('award', {
        vi: 'Hình thức khen thưởng không có trong danh mục (src/data/award-taxonomy.yaml).',
        en: 'Unknown award type (see src/data/award-taxonomy.yaml).',
        found: award,
        suggestions: closestMatches(
          award,
          context.taxonomy.awards.map((a) => ({ value: a.id, aliases: [a.name], label: `${a.id} (${a.name})` })),
        ),
      });
  }

  const awardClass = text('class');
  if (awardClass !== undefined) {
    const key = foldKey(awardClass).replace(/^hang\s*/, '');
    const value = Object.keys(AWARD_CLASS_LABELS).includes(awardClass) ? awardClass : CLASS_WORDS[key];
    if (value) fields.class = value;
    else
      fail('class', {
        vi: 'Hạng không hợp lệ.',
        en: 'Unknown class.',
        found: awardClass,
        allowedVi: 'hang-nhat, hang-nhi, hang-ba',
        allowedEn: 'hang-nhat, hang-nhi, hang-ba',
      });
  }

  const period = text('period');
  if (period !== undefined) {
    const range = /^(\d{4})\s*-\s*(\d{4})$/.exec(period);
    if (/^\d{4}$/.test(period)) fields.period = Number(period);
    else if (range && Number(range[2]) >= Number(range[1])) fields.period = `${range[1]}-${range[2]}`;
    else
      fail('period', {
        vi: 'Năm thành tích là một năm (2025) hoặc một giai đoạn (2021-2025).',
        en: 'The period is a year (2025) or a range (2021-2025).',
        found: period,
      });
  }

  const issuerUnit = text('issuerUnit');
  if (issuerUnit !== undefined) {
    const id = context.units.match(issuerUnit);
    if (id) fields.issuerUnit = id;
    else
      fail('issuerUnit', {
        vi: `Không có đơn vị "${issuerUnit}" trong content/units.`,
        en: `No unit "${issuerUnit}" in content/units.`,
        found: issuerUnit,
        suggestions: context.units.suggest(issuerUnit),
      });
  }

  const status = text('status');
  if (status !== undefined) {
    if (['quyet-dinh', 'de-nghi', 'thu-hoi'].includes(status)) fields.status = status;
    else
      fail('status', {
        vi: 'Trạng thái không hợp lệ.',
        en: 'Unknown status.',
        found: status,
        allowedVi: 'quyet-dinh (đã quyết định), de-nghi (đề nghị), thu-hoi (thu hồi)',
        allowedEn: 'quyet-dinh, de-nghi, thu-hoi',
      });
  }

  for (const [field, known] of [
    ['cluster', context.clusters],
    ['movement', context.movements],
  ] as const) {
    const value = text(field);
    if (value === undefined) continue;
    if (known.has(value)) fields[field] = value;
    else
      fail(field, {
        vi: `Không có ${field === 'cluster' ? 'cụm thi đua' : 'phong trào'} mang mã "${value}".`,
        en: `No ${field} with the id "${value}".`,
        found: value,
        suggestions: closestMatches(value, [...known]),
      });
  }

  for (const field of ['title', 'reason'] as const) {
    const value = text(field);
    if (value !== undefined) fields[field] = value;
  }

  // Across fields: the award's classes.
  const type = context.taxonomy.awards.find((a) => a.id === fields.award);
  if (type?.classes && !fields.class && awardClass === undefined) {
    fail('class', {
      vi: `${type.name} có hạng: cần --hang (${type.classes.join(', ')}).`,
      en: `${type.name} has classes: --class is required (${type.classes.join(', ')}).`,
    });
  }
  if (type && !type.classes && fields.class) {
    fail('class', { vi: `${type.name} không chia hạng.`, en: `${type.name} has no classes.`, found: fields.class });
  }
  if (type && fields.issuer && !type.issuers.includes(fields.issuer)) {
    fail('issuer', {
      vi: `Cơ quan "${fields.issuer}" không có thẩm quyền tặng ${type.name} theo danh mục.`,
      en: `"${fields.issuer}" cannot confer ${type.name} according to the taxonomy.`,
      found: fields.issuer,
      allowedVi: type.issuers.join(', '),
      allowedEn: type.issuers.join(', '),
    });
  }
  return { fields, problems };
}
