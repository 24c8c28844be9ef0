/**
 * The /xac-minh/ page's script. It reads the lookup from the address (?ma= from a QR code or a
 * link; ?so=&ten= from the second form), fetches the one or two small files that answer it
 * (src/verify/generate-lookup.ts) and fills the record's template: the same record whichever way
 * the code came. A lookup by name that finds one record shows it at its code's address, so the
 * page a reader prints or shares holds the code. Text is set with textContent only.
 */
import { readTypedCode, codeSymbols } from '../code-format.ts';
import { codeFilePath, decisionFileKey, decisionFilePath, foldKey, lastWord, nameFilePath } from '../keys.ts';
import type { DecisionFacts, RecordFacts } from '../generate-lookup.ts';

type Strings = Record<string, string> & { kinds: Record<string, string> };
type Published = Exclude<RecordFacts, { unpublished: true }>;

class Stale extends Error {}

const page = document.querySelector<HTMLElement>('[data-verify]');
const stringsElement = document.getElementById('verify-strings');
if (page && stringsElement) start(page, JSON.parse(stringsElement.textContent ?? '{}') as Strings);

function start(page: HTMLElement, s: Strings): void {
  const root = page.dataset['root'] ?? '/xac-minh/';
  const codeFiles = Number(page.dataset['codeFiles']);
  const nameFiles = Number(page.dataset['nameFiles']);
  const decisionFiles = Number(page.dataset['decisionFiles']);
  const status = page.querySelector('[data-status]') as HTMLElement;
  const result = page.querySelector('[data-result]') as HTMLElement;
  const template = page.querySelector('[data-record-template]') as HTMLTemplateElement;
  const input = (name: string) => page.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
  const fill = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });

  /**
   * Every lookup file of this build exists: one that does not is asked for by a page of an older
   * build. Each is fetched once per visit (a lookup by name reads its decision's file again).
   */
  const fetched = new Map<string, Promise<unknown>>();
  function fetchJson<T>(path: string): Promise<T> {
    let request = fetched.get(path);
    if (!request) {
      request = fetch(`${root}${path}`).then((response) => {
        if (response.status === 404) throw new Stale();
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      });
      // A failed request is tried again on the next lookup.
      request.catch(() => fetched.delete(path));
      fetched.set(path, request);
    }
    return request as Promise<T>;
  }

  async function decisionsOf(key: string): Promise<DecisionFacts[]> {
    return (await fetchJson<Record<string, DecisionFacts[]>>(decisionFilePath(key, decisionFiles)))[key] ?? [];
  }

  function say(...parts: (string | Node)[]): void {
    status.replaceChildren(...parts);
    result.replaceChildren();
  }

  function show(record: Published | { unpublished: true }, code: string, decision?: DecisionFacts): void {
    const card = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    const slot = (name: string) => card.querySelector(`[data-slot="${name}"]`) as HTMLElement;
    const set = (name: string, value: string | Node | undefined) => {
      if (value === undefined || value === '') card.querySelector(`[data-row="${name}"]`)?.remove();
      else slot(name).replaceChildren(value);
    };
    const verdict = 'unpublished' in record ? 'unpublished' : (decision?.status ?? 'in-force');
    const key = { 'in-force': 'InForce', revoked: 'Revoked', corrected: 'Corrected', unpublished: 'Unpublished' }[
      verdict === 'proposal' ? 'in-force' : verdict
    ];
    slot('verdict').textContent = s[`verifyStatus${key}`] ?? '';
    slot('verdict').dataset['verdict'] = verdict;
    set('code', Object.assign(document.createElement('span'), { className: 'code', textContent: code }));
    const address = `${new URL(root, s['site']).href}?ma=${code}`;
    slot('checked').textContent = fill(s['verifyCheckedAt'] ?? '', {
      date: new Date().toLocaleDateString('vi-VN'),
      address,
    });
    if ('unpublished' in record || !decision) {
      // A withheld or minor record: that it exists, and nothing more.
      slot('name').textContent = s['verifyStatusUnpublished'] ?? '';
      for (const row of card.querySelectorAll('[data-row]:not([data-row="code"])')) row.remove();
      slot('note').textContent = fill(s['verifyUnpublishedNote'] ?? '', { code });
    } else {
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
      slot('note').replaceChildren(...statusNote(record, decision));
    }
    card.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    status.replaceChildren();
    result.replaceChildren(card);
    slot('name').parentElement?.focus();
  }

  function statusNote(record: Published, decision: DecisionFacts): (string | Node)[] {
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

  async function byCode(typed: string): Promise<void> {
    const reading = readTypedCode(typed);
    if (!reading.ok) {
      if (reading.problem === 'empty') return say(s['verifyCodeEmpty'] ?? '');
      if (reading.problem === 'length') return say(fill(s['verifyCodeLength'] ?? '', { count: reading.length }));
      return say(fill(s['verifyCodeSymbols'] ?? '', { symbols: [...reading.symbols].join(', ') }));
    }
    const { code } = reading;
    input('ma').value = code;
    const file = await fetchJson<{ records: Record<string, RecordFacts> }>(codeFilePath(code, codeFiles));
    const record = file.records[codeSymbols(code)];
    if (!record) return say(fill(s['verifyCodeUnknown'] ?? '', { code }));
    if ('unpublished' in record) return show(record, code);
    const decision = (await decisionsOf(record.decision)).find((d) => d.slug === record.slug);
    // Files of one build always agree: a record without its decision comes from another build.
    if (!decision) throw new Stale();
    show(record, code, decision);
  }

  async function byName(number: string, name: string): Promise<void> {
    const key = decisionFileKey(number);
    const folded = foldKey(name);
    if (!key || !folded) return say(s['verifyNameMissing'] ?? '');
    const [decisions, names] = await Promise.all([
      decisionsOf(key),
      fetchJson<Record<string, [string, string][]>>(nameFilePath(key, lastWord(folded), nameFiles)),
    ]);
    if (!decisions.length) return say(fill(s['verifyNumberUnknown'] ?? '', { number }));
    const proposal = decisions.find((d) => d.status === 'proposal');
    if (proposal && decisions.length === 1) {
      return say(
        fill(s['verifyProposal'] ?? '', { number: proposal.number }),
        ' ',
        link(proposal.url, s['verifyProposalLink'] ?? ''),
      );
    }
    const words = folded.split(' ');
    const candidates = (names[key] ?? []).filter(([n]) => {
      const theirs = n.split(' ');
      return theirs.at(-1) === words.at(-1) && words.every((w) => theirs.includes(w));
    });
    const exact = candidates.filter(([n]) => n === folded);
    const matches = exact.length ? exact : candidates;
    const shown = decisions[0]?.number ?? number;
    if (matches.length === 1) {
      const code = (matches[0] as [string, string])[1];
      history.replaceState(null, '', `?ma=${code}`);
      return byCode(code);
    }
    if (matches.length > 1) {
      const list = document.createElement('ul');
      list.append(
        ...matches.map(([, code]) => {
          const item = document.createElement('li');
          item.append(link(`?ma=${code}`, `${name} — ${code}`));
          return item;
        }),
      );
      return say(fill(s['verifyNameMany'] ?? '', { number: shown, count: matches.length }), list);
    }
    const unpublished = decisions.reduce((sum, d) => sum + d.unpublished, 0);
    say(
      fill(s['verifyNameUnknown'] ?? '', { name, number: shown }),
      unpublished ? ` ${fill(s['verifyNameUnpublished'] ?? '', { count: unpublished })}` : '',
    );
  }

  async function run(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const code = params.get('ma');
    const number = params.get('so');
    const name = params.get('ten');
    input('ma').value = code ?? '';
    input('so').value = number ?? '';
    input('ten').value = name ?? '';
    if (code === null && number === null && name === null) return say();
    say(s['verifyLoading'] ?? '');
    try {
      await (code !== null ? byCode(code) : byName(number ?? '', name ?? ''));
    } catch (error) {
      say((error instanceof Stale ? s['verifyStale'] : s['verifyFailed']) ?? '');
    }
  }

  for (const form of page.querySelectorAll('form')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      history.pushState(null, '', `?${query.toString()}`);
      void run();
    });
  }
  addEventListener('popstate', () => void run());
  void run();
}
