import { beforeEach, describe, expect, it } from 'vitest';
import { clearParsed, offerParsed, takeParsed } from '../../src/astro-adapter/handoffs.ts';
import { parseEntry } from '../../src/parsing/entry.ts';

const file = { collection: 'units' as const, path: 'content/units/xa-a.yaml', text: 'name: Xã A\ntype: xa\n' };

function parsed() {
  const entry = parseEntry(file, () => undefined);
  if (!entry.ok) throw new Error('fixture does not parse');
  return entry;
}

describe('the hand-off from the content check to the loaders', () => {
  beforeEach(() => clearParsed());

  it('gives the loader what the check parsed, once', () => {
    offerParsed(file.path, file.text, parsed());
    expect(takeParsed(file.path, file.text)?.raw).toEqual({ name: 'Xã A', type: 'xa' });
    expect(takeParsed(file.path, file.text)).toBeUndefined();
  });

  it('gives nothing when the file changed after the check', () => {
    offerParsed(file.path, file.text, parsed());
    expect(takeParsed(file.path, file.text.replace('Xã A', 'Xã B'))).toBeUndefined();
  });

  it('gives nothing for a file the check never saw', () => {
    expect(takeParsed('content/units/khac.yaml', 'name: Khác\n')).toBeUndefined();
  });
});
