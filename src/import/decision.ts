/**
 * The decision's own fields, from the command line first and then from what the annex says (its
 * title block and signature), each parsed by the award schema's own field schema and the rules
 * across fields by its own function (schemas/award.ts), in the content check's words. The
 * references to other files (issuer unit, cluster, movement) are looked up here against the ids
 * the CLI read: a pure check of its own.
 */
import type { z } from 'astro/zod';
import { checkDecisionRules, createAwardSchema } from '../schemas/award.ts';
import type { IssueParams } from '../schemas/common.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { closestMatches } from '../validation/suggest.ts';
import { describeIssue } from '../validation/messages.ts';
import type { ImportProblem, Where } from './problem.ts';
import type { SignerRead } from './signature.ts';
import type { Line } from './structure.ts';
import { matchAward, matchClass, matchIssuer } from './taxonomy-match.ts';
import type { Read, TitleFacts } from './title-block.ts';
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
export type DecisionFields = Partial<Record<DecisionField, string | number>> & {
  signer?: { position: string; name: string };
};

/** Where each field came from, for the summary: an option, or a line of the annex. */
export type FieldSources = Partial<Record<DecisionField | 'signer', Where>>;

export interface DecisionContext {
  taxonomy: Taxonomy;
  units: UnitMatcher;
  clusters: Set<string>;
  movements: Set<string>;
  /** Where a line of the annex is (sheet and row), for messages. */
  locate: (line: Line) => Where;
  /** The recipients read, for the award's kinds: each with where its row is. */
  recipients: { name: string; kind: 'ca-nhan' | 'tap-the' | 'ho-gia-dinh'; where: Where }[];
}

export interface DecisionRead {
  fields: DecisionFields;
  sources: FieldSources;
  problems: ImportProblem[];
}

/** `YYYY-MM-DD` or `dd/mm/yyyy` → `YYYY-MM-DD`: the schema then says whether the date exists. */
function isoDate(text: string): string {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  return dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : text.trim();
}

interface Candidate {
  value: unknown;
  where: Where;
}

export function readDecision(
  input: DecisionInput,
  facts: TitleFacts,
  signer: SignerRead | undefined,
  context: DecisionContext,
): DecisionRead {
  const { taxonomy, locate } = context;
  const shape = createAwardSchema(taxonomy).shape;
  const fields: DecisionFields = {};
  const sources: FieldSources = {};
  const problems: ImportProblem[] = [];
  const parsed: Record<string, unknown> = {};
  const option = (field: DecisionField): Where => ({ option: `--${DECISION_OPTIONS[field].vi}` });
  const given = (field: DecisionField) => input[field]?.normalize('NFC').trim();
  const fromTitle = <T>(read: Read<T> | undefined, map: (value: T) => unknown = (v) => v): Candidate | undefined =>
    read ? { value: map(read.value), where: locate(read.line) } : undefined;
  const fail = (where: Where, message: ReturnType<typeof describeIssue>) =>
    problems.push({ severity: 'error', ...where, ...message });

  /** Parse a field's value with its schema; keep it, or report each issue where the value came from. */
  const accept = (field: DecisionField | 'signer', candidate: Candidate | undefined, keep = candidate?.value) => {
    if (!candidate) return;
    const result = (shape[field] as z.ZodType).safeParse(candidate.value, { reportInput: true });
    if (!result.success) return result.error.issues.forEach((issue) => fail(candidate.where, describeIssue(issue)));
    parsed[field] = result.data;
    (fields as Record<string, unknown>)[field] = keep;
    sources[field] = candidate.where;
  };
  const optionOr = (field: DecisionField, value: unknown = given(field)) =>
    value === undefined ? undefined : { value, where: option(field) };

  accept('decision', optionOr('decision') ?? fromTitle(facts.decision));
  const signed = optionOr('signed', given('signed') && isoDate(given('signed') as string)) ?? fromTitle(facts.signed);
  if (!signed && facts.badDate) {
    const { year, month, days, value, line } = facts.badDate;
    fail(locate(line), {
      vi: `Ngày ký ghi trong tiêu đề không có thật: tháng ${month}/${year} chỉ có ${days} ngày. Sửa trong tệp hoặc ghi đúng ngày bằng --ngay-ky.`,
      en: `The signing date in the title block does not exist: ${year}-${String(month).padStart(2, '0')} has only ${days} days. Fix the file or give the right date with --signed.`,
      found: JSON.stringify(value),
    });
  }
  accept('signed', signed);

  // Who issued it: an option (an id, or a name as printed), else "… của Chủ tịch UBND tỉnh …".
  const issuerText = given('issuer');
  const issuerRead = issuerText
    ? matchIssuer(issuerText, taxonomy)
    : facts.issuer
      ? matchIssuer(facts.issuer.value, taxonomy)
      : undefined;
  accept(
    'issuer',
    issuerText
      ? optionOr('issuer', issuerRead?.id ?? issuerText)
      : issuerRead && fromTitle(facts.issuer, () => issuerRead.id),
  );
  readIssuerUnit(given('issuerUnit'), issuerRead?.unitText, facts, context, {
    fields,
    sources,
    problems,
    accept,
    option,
    fromTitle,
  });

  const awardText = given('award');
  const issuer = fields.issuer as string | undefined;
  if (awardText) accept('award', optionOr('award', matchAward(awardText, taxonomy, issuer)?.id ?? awardText));
  const fromLines = awardText
    ? undefined
    : facts.awardLines.map((line) => ({ line, match: matchAward(line.text, taxonomy, issuer) })).find((m) => m.match);
  if (fromLines?.match?.id) accept('award', { value: fromLines.match.id, where: locate(fromLines.line) });
  else if (fromLines?.match) {
    problems.push({
      severity: 'warning',
      ...locate(fromLines.line),
      vi: `Tiêu đề nói "${fromLines.line.text}": có thể là nhiều hình thức khen thưởng. Ghi rõ bằng --hinh-thuc.`,
      en: `The title says "${fromLines.line.text}", which can be more than one award type. Say which with --award.`,
      allowedVi: fromLines.match.candidates.map((a) => `${a.id} (${a.name})`).join(', '),
      allowedEn: fromLines.match.candidates.map((a) => a.id).join(', '),
    });
  }
  const classText = given('class');
  accept(
    'class',
    classText
      ? optionOr('class', matchClass(classText) ?? classText)
      : fromLines?.match?.class
        ? { value: fromLines.match.class, where: locate(fromLines.line) }
        : undefined,
  );
  const periodText = given('period');
  const period = periodText ?? facts.period?.value;
  const periodValue = period && /^\d{4}$/.test(period) ? Number(period) : period;
  accept(
    'period',
    periodText !== undefined ? optionOr('period', periodValue) : fromTitle(facts.period, () => periodValue),
  );
  for (const field of ['title', 'reason', 'status'] as const) accept(field, optionOr(field));
  for (const [field, known] of [
    ['cluster', context.clusters],
    ['movement', context.movements],
  ] as const) {
    const value = given(field);
    if (value !== undefined && !known.has(value)) {
      fail(option(field), {
        vi: `Không có ${field === 'cluster' ? 'cụm thi đua' : 'phong trào'} mang mã "${value}".`,
        en: `No ${field} with the id "${value}".`,
        found: JSON.stringify(value),
        suggestions: closestMatches(value, [...known]),
      });
    } else accept(field, optionOr(field));
  }
  if (signer) {
    const where = locate(signer.lines[0] as Line);
    accept('signer', { value: { position: signer.position, name: signer.name }, where });
  }

  // The rules across fields, on what is known; a class still to fill is a placeholder, not an error.
  const awardTypes = new Map(taxonomy.awards.map((award) => [award.id, award]));
  checkDecisionRules({ ...(parsed as object), recipients: context.recipients }, awardTypes, {
    addIssue(issue: { path: (string | number)[]; params: IssueParams; message: string }) {
      const [field, index] = issue.path;
      if (field === 'class' && fields.class === undefined) return;
      const where =
        field === 'recipients'
          ? context.recipients[index as number]?.where
          : (sources[field as DecisionField] ?? option(field as DecisionField));
      problems.push({
        severity: 'error',
        ...where,
        ...describeIssue({ ...issue, code: 'custom', input: undefined } as never),
      });
    },
  });
  return { fields, sources, problems };
}

interface Sink {
  fields: DecisionFields;
  sources: FieldSources;
  problems: ImportProblem[];
  accept: (field: DecisionField, candidate: Candidate | undefined, keep?: unknown) => void;
  option: (field: DecisionField) => Where;
  fromTitle: <T>(read: Read<T> | undefined, map?: (value: T) => unknown) => Candidate | undefined;
}

/** The issuing unit: an option (a name or an id), else the unit after the issuer's name in the title. */
function readIssuerUnit(
  text: string | undefined,
  fromIssuer: string | undefined,
  facts: TitleFacts,
  context: DecisionContext,
  sink: Sink,
): void {
  const { units } = context;
  if (text !== undefined) {
    const id = units.match(text);
    if (id) return sink.accept('issuerUnit', { value: id, where: sink.option('issuerUnit') });
    sink.problems.push({
      severity: 'error',
      ...sink.option('issuerUnit'),
      vi: `Không có đơn vị "${text}" trong content/units.`,
      en: `No unit "${text}" in content/units.`,
      found: JSON.stringify(text),
      suggestions: units.suggest(text),
    });
    return;
  }
  const unit = fromIssuer ? units.find(fromIssuer) : undefined;
  if (unit)
    sink.accept(
      'issuerUnit',
      sink.fromTitle(facts.issuer, () => unit.id),
    );
}
