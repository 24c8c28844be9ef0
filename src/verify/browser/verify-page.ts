/**
 * The /xac-minh/ page's script. It reads the lookup from the address (?ma= from a QR code or a
 * link; ?so=&ten= from the second form), fetches the one to three small files that answer it
 * (src/verify/generate-lookup.ts) and shows the record (record-view.ts). A lookup by name that
 * finds one record shows it at its code's address, so the page a reader prints or shares holds
 * the code. The forms are plain GET forms; the script runs them in place and keeps the address.
 */
import { codeSymbols, readTypedCode } from '../code-format.ts';
import type { DecisionFacts, RecordFacts } from '../generate-lookup.ts';
import { codeFilePath, decisionFileKey, decisionFilePath, foldKey, lastWord, nameFilePath } from '../keys.ts';
import { RecordView, fill, link, type Strings } from './record-view.ts';

/** A file of this build that does not exist: the page comes from an older build. */
class Stale extends Error {}

interface Lookup {
  s: Strings;
  view: RecordView;
  /** Folder of the lookup files, and how many files of each kind this build wrote. */
  root: string;
  codeFiles: number;
  nameFiles: number;
  decisionFiles: number;
  input: (name: 'ma' | 'so' | 'ten') => HTMLInputElement;
}

/** Each file is fetched once per visit (a lookup by name reads its decision's file again). */
const fetched = new Map<string, Promise<unknown>>();

function fetchJson<T>(lookup: Lookup, path: string): Promise<T> {
  let request = fetched.get(path);
  if (!request) {
    request = fetch(`${lookup.root}${path}`).then((response) => {
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

async function decisionsOf(lookup: Lookup, key: string): Promise<DecisionFacts[]> {
  const file = await fetchJson<Record<string, DecisionFacts[]>>(lookup, decisionFilePath(key, lookup.decisionFiles));
  return file[key] ?? [];
}

async function byCode(lookup: Lookup, typed: string): Promise<void> {
  const { s, view } = lookup;
  const reading = readTypedCode(typed);
  if (!reading.ok) {
    if (reading.problem === 'empty') return view.say(fill(s['verifyCodeEmpty']));
    if (reading.problem === 'length') return view.say(fill(s['verifyCodeLength'], { count: reading.length }));
    return view.say(fill(s['verifyCodeSymbols'], { symbols: [...reading.symbols].join(', ') }));
  }
  const { code } = reading;
  lookup.input('ma').value = code;
  const file = await fetchJson<{ records: Record<string, RecordFacts> }>(lookup, codeFilePath(code, lookup.codeFiles));
  const record = file.records[codeSymbols(code)];
  if (!record) return view.say(fill(s['verifyCodeUnknown'], { code }));
  if ('unpublished' in record) return view.show(record, code);
  const decision = (await decisionsOf(lookup, record.decision)).find((d) => d.slug === record.slug);
  // Files of one build always agree: a record without its decision comes from another build.
  if (!decision) throw new Stale();
  view.show(record, code, decision);
}

/** The published names of the decision that contain every word typed and end with the last one. */
function matchingNames(entries: readonly [string, string][], folded: string): [string, string][] {
  const words = folded.split(' ');
  const candidates = entries.filter(([n]) => {
    const theirs = n.split(' ');
    return theirs.at(-1) === words.at(-1) && words.every((w) => theirs.includes(w));
  });
  const exact = candidates.filter(([n]) => n === folded);
  return exact.length ? exact : candidates;
}

async function byName(lookup: Lookup, number: string, name: string): Promise<void> {
  const { s, view } = lookup;
  const key = decisionFileKey(number);
  const folded = foldKey(name);
  if (!key || !folded) return view.say(fill(s['verifyNameMissing']));
  const [decisions, names] = await Promise.all([
    decisionsOf(lookup, key),
    fetchJson<Record<string, [string, string][]>>(lookup, nameFilePath(key, lastWord(folded), lookup.nameFiles)),
  ]);
  if (!decisions.length) return view.say(fill(s['verifyNumberUnknown'], { number }));
  const proposal = decisions.find((d) => d.status === 'proposal');
  if (proposal && decisions.length === 1) {
    return view.say(
      fill(s['verifyProposal'], { number: proposal.number }),
      ' ',
      link(proposal.url, fill(s['verifyProposalLink'])),
    );
  }
  const matches = matchingNames(names[key] ?? [], folded);
  const shown = decisions[0]?.number ?? number;
  if (matches.length === 1) {
    const code = (matches[0] as [string, string])[1];
    history.replaceState(null, '', `?ma=${code}`);
    return byCode(lookup, code);
  }
  if (matches.length > 1) {
    const list = document.createElement('ul');
    for (const [, code] of matches) {
      const item = document.createElement('li');
      item.append(link(`?ma=${code}`, `${name} — ${code}`));
      list.append(item);
    }
    return view.say(fill(s['verifyNameMany'], { number: shown, count: matches.length }), list);
  }
  const unpublished = decisions.reduce((sum, d) => sum + d.unpublished, 0);
  view.say(
    fill(s['verifyNameUnknown'], { name, number: shown }),
    unpublished ? ` ${fill(s['verifyNameUnpublished'], { count: unpublished })}` : '',
  );
}

/** The lookup the address holds, in place. */
async function run(lookup: Lookup): Promise<void> {
  const params = new URLSearchParams(location.search);
  const code = params.get('ma');
  const number = params.get('so');
  const name = params.get('ten');
  lookup.input('ma').value = code ?? '';
  lookup.input('so').value = number ?? '';
  lookup.input('ten').value = name ?? '';
  if (code === null && number === null && name === null) return lookup.view.say();
  lookup.view.say(fill(lookup.s['verifyLoading']));
  try {
    await (code !== null ? byCode(lookup, code) : byName(lookup, number ?? '', name ?? ''));
  } catch (error) {
    lookup.view.say(fill(error instanceof Stale ? lookup.s['verifyStale'] : lookup.s['verifyFailed']));
  }
}

function start(page: HTMLElement, s: Strings): void {
  const root = page.dataset['root'] ?? '/xac-minh/';
  const lookup: Lookup = {
    s,
    view: new RecordView({
      s,
      status: page.querySelector('[data-status]') as HTMLElement,
      result: page.querySelector('[data-result]') as HTMLElement,
      template: page.querySelector('[data-record-template]') as HTMLTemplateElement,
      pageUrl: new URL(root, s['site']).href,
    }),
    root,
    codeFiles: Number(page.dataset['codeFiles']),
    nameFiles: Number(page.dataset['nameFiles']),
    decisionFiles: Number(page.dataset['decisionFiles']),
    input: (name) => page.querySelector(`input[name="${name}"]`) as HTMLInputElement,
  };
  for (const form of page.querySelectorAll('form')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      history.pushState(null, '', `?${query.toString()}`);
      void run(lookup);
    });
  }
  addEventListener('popstate', () => void run(lookup));
  void run(lookup);
}

const page = document.querySelector<HTMLElement>('[data-verify]');
const strings = document.getElementById('verify-strings');
if (page && strings) start(page, JSON.parse(strings.textContent ?? '{}') as Strings);
