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
import type { Message } from '../validation/diagnostic.ts';
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

/** What the readers of the decision's fields share: the values kept, where each came from, problems. */
interface Sink {
  fields: DecisionFields;
  sources: FieldSources;
  problems: ImportProblem[];
  /** Parsed values (a period as {start, end}), for the rules across fields. */
  parsed: Record<string, unknown>;
  given: (field: DecisionField) => string | undefined;
  option: (field: DecisionField) => Where;
  optionOr: (field: DecisionField, value?: unknown) => Candidate | undefined;
  fromTitle: <T>(read: Read<T> | undefined, map?: (value: T) => unknown) => Candidate | undefined;
  fail: (where: Where, message: Message) => void;
  /** Parse a field's value with its schema; keep it, or report each issue where the value came from. */
  accept: (field: DecisionField | 'signer', candidate: Candidate | undefined, keep?: unknown) => void;
}

function createSink(input: DecisionInput, context: DecisionContext): Sink {
  const shape = createAwardSchema(context.taxonomy).shape;
  const sink: Sink = {
    fields: {},
    sources: {},
    problems: [],
    parsed: {},
    given: (field) => input[field]?.normalize('NFC').trim(),
    option: (field) => ({ option: `--${DECISION_OPTIONS[field].vi}` }),
    optionOr: (field, value = sink.given(field)) =>
      value === undefined ? undefined : { value, where: sink.option(field) },
    fromTitle: (read, map = (v) => v) =>
      read ? { value: map(read.value), where: context.locate(read.line) } : undefined,
    fail: (where, message) => sink.problems.push({ severity: 'error', ...where, ...message }),
    accept: (field, candidate, keep = candidate?.value) => {
      if (!candidate) return;
      const result = (shape[field] as z.ZodType).safeParse(candidate.value, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) sink.fail(candidate.where, describeIssue(issue));
        return;
      }
      sink.parsed[field] = result.data;
      (sink.fields as Record<string, unknown>)[field] = keep;
      sink.sources[field] = candidate.where;
    },
  };
  return sink;
}

/** The number and the signing date: options first, then the title block. */
function readNumberAndDate(sink: Sink, facts: TitleFacts, context: DecisionContext): void {
  sink.accept('decision', sink.optionOr('decision') ?? sink.fromTitle(facts.decision));
  const given = sink.given('signed');
  const signed = sink.optionOr('signed', given && isoDate(given)) ?? sink.fromTitle(facts.signed);
  if (!signed && facts.badDate) {
    const { year, month, days, value, line } = facts.badDate;
    sink.fail(context.locate(line), {
      vi: `Ngày ký ghi trong tiêu đề không có thật: tháng ${month}/${year} chỉ có ${days} ngày. Sửa trong tệp hoặc ghi đúng ngày bằng --ngay-ky.`,
      en: `The signing date in the title block does not exist: ${year}-${String(month).padStart(2, '0')} has only ${days} days. Fix the file or give the right date with --signed.`,
      found: JSON.stringify(value),
    });
  }
  sink.accept('signed', signed);
}

/** Who issued it: an option (an id, or a name as printed), else "… của Chủ tịch UBND tỉnh …". */
function readIssuer(sink: Sink, facts: TitleFacts, context: DecisionContext): void {
  const text = sink.given('issuer');
  const read = text
    ? matchIssuer(text, context.taxonomy)
    : facts.issuer && matchIssuer(facts.issuer.value, context.taxonomy);
  sink.accept(
    'issuer',
    text ? sink.optionOr('issuer', read?.id ?? text) : read && sink.fromTitle(facts.issuer, () => read.id),
  );
  readIssuerUnit(sink, read?.unitText, facts, context.units);
}

/** The award and its class: options, else the title's lines, narrowed by the issuer; unsure, it says so. */
function readAward(sink: Sink, facts: TitleFacts, context: DecisionContext): void {
  const { taxonomy, locate } = context;
  const text = sink.given('award');
  const issuer = sink.fields.issuer as string | undefined;
  if (text) sink.accept('award', sink.optionOr('award', matchAward(text, taxonomy, issuer)?.id ?? text));
  const fromLines = text
    ? undefined
    : facts.awardLines.map((line) => ({ line, match: matchAward(line.text, taxonomy, issuer) })).find((m) => m.match);
  if (fromLines?.match?.id) sink.accept('award', { value: fromLines.match.id, where: locate(fromLines.line) });
  else if (fromLines?.match) {
    sink.problems.push({
      severity: 'warning',
      ...locate(fromLines.line),
      vi: `Tiêu đề nói "${fromLines.line.text}": có thể là nhiều hình thức khen thưởng. Ghi rõ bằng --hinh-thuc.`,
      en: `The title says "${fromLines.line.text}", which can be more than one award type. Say which with --award.`,
      allowedVi: fromLines.match.candidates.map((a) => `${a.id} (${a.name})`).join(', '),
      allowedEn: fromLines.match.candidates.map((a) => a.id).join(', '),
    });
  }
  const classText = sink.given('class');
  const fromTitle = fromLines?.match?.class
    ? { value: fromLines.match.class, where: locate(fromLines.line) }
    : undefined;
  sink.accept('class', classText ? sink.optionOr('class', matchClass(classText) ?? classText) : fromTitle);
}

/** The period, the free texts, the status, and the cluster and movement (which must exist). */
function readOthers(sink: Sink, facts: TitleFacts, context: DecisionContext): void {
  const text = sink.given('period');
  const period = text ?? facts.period?.value;
  const value = period && /^\d{4}$/.test(period) ? Number(period) : period;
  sink.accept(
    'period',
    text !== undefined ? sink.optionOr('period', value) : sink.fromTitle(facts.period, () => value),
  );
  for (const field of ['title', 'reason', 'status'] as const) sink.accept(field, sink.optionOr(field));
  for (const [field, known] of [
    ['cluster', context.clusters],
    ['movement', context.movements],
  ] as const) {
    const id = sink.given(field);
    if (id === undefined || known.has(id)) sink.accept(field, sink.optionOr(field));
    else {
      sink.fail(sink.option(field), {
        vi: `Không có ${field === 'cluster' ? 'cụm thi đua' : 'phong trào'} mang mã "${id}".`,
        en: `No ${field} with the id "${id}".`,
        found: JSON.stringify(id),
        suggestions: closestMatches(id, [...known]),
      });
    }
  }
}

/** The rules across fields, on what is known; a class still to fill is a placeholder, not an error. */
function applyRules(sink: Sink, context: DecisionContext): void {
  const awardTypes = new Map(context.taxonomy.awards.map((award) => [award.id, award]));
  checkDecisionRules({ ...(sink.parsed as object), recipients: context.recipients }, awardTypes, {
    addIssue(issue: { path?: (string | number)[]; params: IssueParams; message: string }) {
      const [field, index] = issue.path ?? [];
      if (field === 'class' && sink.fields.class === undefined) return;
      const where =
        field === 'recipients'
          ? context.recipients[index as number]?.where
          : (sink.sources[field as DecisionField] ?? sink.option(field as DecisionField));
      sink.problems.push({ severity: 'error', ...where, ...describeIssue({ ...issue, code: 'custom' } as never) });
    },
  });
}

export function readDecision(
  input: DecisionInput,
  facts: TitleFacts,
  signer: SignerRead | undefined,
  context: DecisionContext,
): DecisionRead {
  const sink = createSink(input, context);
  readNumberAndDate(sink, facts, context);
  readIssuer(sink, facts, context);
  readAward(sink, facts, context);
  readOthers(sink, facts, context);
  if (signer) {
    const value = { position: signer.position, name: signer.name };
    sink.accept('signer', { value, where: context.locate(signer.lines[0] as Line) });
  }
  applyRules(sink, context);
  return { fields: sink.fields, sources: sink.sources, problems: sink.problems };
}

/** The issuing unit: an option (a name or an id), else the unit after the issuer's name in the title. */
function readIssuerUnit(sink: Sink, fromIssuer: string | undefined, facts: TitleFacts, units: UnitMatcher): void {
  const text = sink.given('issuerUnit');
  if (text !== undefined) {
    const id = units.match(text);
    if (id) return sink.accept('issuerUnit', { value: id, where: sink.option('issuerUnit') });
    sink.fail(sink.option('issuerUnit'), {
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
