/**
 * What the /xac-minh/ page shows: a sentence in the status line, or the record filled into the
 * page's template (src/components/VerifyLookup.astro), the same whichever way the code came.
 * Text is set with textContent only; the labels are the template's, the sentences the page's
 * strings (src/i18n/vi.ts).
 */
import type { DecisionFacts, RecordFacts } from '../generate-lookup.ts';

export type Strings = Record<string, string> & { kinds: Record<string, string> };
type Published = Exclude<RecordFacts, { unpublished: true }>;

/** `{name}` in a sentence replaced by its value. */
export function fill(text: string | undefined, values: Record<string, string | number> = {}): string {
  return (text ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function link(href: string, text: string): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), { href, textContent: text });
}

const VERDICT_STRINGS = {
  'in-force': 'verifyStatusInForce',
  revoked: 'verifyStatusRevoked',
  corrected: 'verifyStatusCorrected',
  proposal: 'verifyStatusInForce',
  unpublished: 'verifyStatusUnpublished',
} as const;

export interface RecordViewParts {
  s: Strings;
  /** The status line, the place of the record, and the record's template. */
  status: HTMLElement;
  result: HTMLElement;
  template: HTMLTemplateElement;
  /** The address of the verification page, for the line printed under the record. */
  pageUrl: string;
}

export class RecordView {
  private readonly s: Strings;
  private readonly status: HTMLElement;
  private readonly result: HTMLElement;
  private readonly template: HTMLTemplateElement;
  private readonly pageUrl: string;

  constructor(parts: RecordViewParts) {
    this.s = parts.s;
    this.status = parts.status;
    this.result = parts.result;
    this.template = parts.template;
    this.pageUrl = parts.pageUrl;
  }

  /** A sentence (with links) instead of a record. */
  say(...parts: (string | Node)[]): void {
    this.status.replaceChildren(...parts);
    this.result.replaceChildren();
  }

  /** A record; a withheld or minor one ({ unpublished }) says only that it exists. */
  show(record: RecordFacts, code: string, decision?: DecisionFacts): void {
    const { s } = this;
    const card = (this.template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    const slot = (name: string) => card.querySelector(`[data-slot="${name}"]`) as HTMLElement;
    const verdict = 'unpublished' in record || !decision ? 'unpublished' : decision.status;
    slot('verdict').textContent = s[VERDICT_STRINGS[verdict]] ?? '';
    slot('verdict').dataset['verdict'] = verdict;
    slot('code').replaceChildren(
      Object.assign(document.createElement('span'), { className: 'code', textContent: code }),
    );
    const date = new Date().toLocaleDateString('vi-VN');
    slot('checked').textContent = fill(s['verifyCheckedAt'], { date, address: `${this.pageUrl}?ma=${code}` });
    if ('unpublished' in record || !decision) {
      slot('name').textContent = s['verifyStatusUnpublished'] ?? '';
      for (const row of card.querySelectorAll('[data-row]:not([data-row="code"])')) row.remove();
      slot('note').textContent = fill(s['verifyUnpublishedNote'], { code });
    } else {
      this.facts(card, record, decision);
    }
    card.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.status.replaceChildren();
    this.result.replaceChildren(card);
    // The verdict at the top of the screen, and the record read out by a screen reader.
    card.scrollIntoView({ block: 'start' });
    slot('name').parentElement?.focus({ preventScroll: true });
  }

  private facts(card: HTMLElement, record: Published, decision: DecisionFacts): void {
    const { s } = this;
    const slot = (name: string) => card.querySelector(`[data-slot="${name}"]`) as HTMLElement;
    const set = (name: string, value: string | Node | undefined) => {
      if (value === undefined || value === '') card.querySelector(`[data-row="${name}"]`)?.remove();
      else slot(name).replaceChildren(value);
    };
    slot('name').textContent = record.name;
    slot('posthumous').textContent = record.posthumous ? ` (${s['posthumous']})` : '';
    set('kind', s.kinds[record.kind]);
    set('position', record.position);
    const unit = document.createDocumentFragment();
    if (record.unit) unit.append(record.unitUrl ? link(record.unitUrl, record.unit) : record.unit);
    if (record.unitNow) unit.append(` (${s['verifyUnitNow']} ${record.unitNow})`);
    else if (record.unitEnded) unit.append(` (${s['verifyUnitEnded']} ${record.unitEnded})`);
    set('unit', record.unit ? unit : undefined);
    set('award', decision.award);
    set('number', decision.number);
    const time = Object.assign(document.createElement('time'), { textContent: decision.signed });
    time.dateTime = decision.signedIso;
    set('signed', time);
    set('effective', decision.effective);
    set('issuer', [decision.issuer, decision.issuerUnit].filter(Boolean).join(' — '));
    set('signer', decision.signer && [decision.signer.position, decision.signer.name].filter(Boolean).join(' '));
    set('period', decision.period);
    set('document', decision.document && link(decision.document, s['viewDocument'] ?? decision.number));
    set('page', link(record.url, s['verifyDecisionPageLink'] ?? record.url));
    slot('note').replaceChildren(...this.statusNote(record, decision));
  }

  /** In force; or revoked or corrected, by which decision, and the person's record there. */
  private statusNote(record: Published, decision: DecisionFacts): (string | Node)[] {
    const { s } = this;
    const note: (string | Node)[] = [];
    if (decision.status === 'in-force') note.push(s['verifyInForceNote'] ?? '');
    if (decision.replacedBy) {
      const lead = decision.status === 'revoked' ? s['verifyRevokedNote'] : s['verifyCorrectedNote'];
      note.push(`${lead} `, link(decision.replacedBy.url, decision.replacedBy.number), '.');
    }
    if (record.replacement) {
      note.push(` ${s['verifyReplacement']} `, link(`?ma=${record.replacement}`, record.replacement), '.');
    }
    for (const replaced of decision.replaces ?? []) {
      note.push(` ${s['verifyReplaces']} `, link(replaced.url, replaced.number), '.');
    }
    return note;
  }
}
