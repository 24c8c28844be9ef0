import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discardStaging, outputDirs, prepareStaging, swapIn } from '../../src/io/swap-dir.ts';
import { ATOMIC_OUTPUT, atomicOutput, withAtomicOutput } from '../../src/integrations/atomic-output.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'swap-'));
  roots.push(root);
  return { root, dirs: outputDirs(join(root, 'dist/')) };
}

describe('swapping the built site in', () => {
  it('puts the staged site in place of the old one and removes the old one', () => {
    const { root, dirs } = setup();
    expect(dirs).toEqual({
      final: join(root, 'dist'),
      staging: join(root, 'dist.staging'),
      previous: join(root, 'dist.previous'),
    });
    site(dirs.final, 'cũ');
    site(dirs.staging, 'mới');
    swapIn(dirs);
    expect(readFileSync(join(dirs.final, 'index.html'), 'utf8')).toBe('mới');
    expect(existsSync(dirs.staging) || existsSync(dirs.previous)).toBe(false);
  });

  it('works for a first build, with no old site', () => {
    const { dirs } = setup();
    site(dirs.staging, 'mới');
    swapIn(dirs);
    expect(readFileSync(join(dirs.final, 'index.html'), 'utf8')).toBe('mới');
  });

  it('refuses to publish nothing, and leaves the old site', () => {
    const { dirs } = setup();
    site(dirs.final, 'cũ');
    expect(() => swapIn(dirs)).toThrow(/Nothing was built/);
    expect(readFileSync(join(dirs.final, 'index.html'), 'utf8')).toBe('cũ');
  });

  it('restores the old site if a swap was interrupted between its two renames', () => {
    const { dirs } = setup();
    site(dirs.previous, 'cũ');
    site(dirs.staging, 'nửa chừng');
    prepareStaging(dirs);
    expect(readFileSync(join(dirs.final, 'index.html'), 'utf8')).toBe('cũ');
    expect(existsSync(dirs.staging) || existsSync(dirs.previous)).toBe(false);
  });

  it('clears a half-written staging folder', () => {
    const { dirs } = setup();
    site(dirs.staging, 'nửa chừng');
    discardStaging(dirs);
    expect(existsSync(dirs.staging)).toBe(false);
  });
});

describe('the atomic-output integration', () => {
  it('is appended last by withAtomicOutput', () => {
    const list = withAtomicOutput([
      { name: 'a', hooks: {} },
      { name: 'b', hooks: {} },
    ]);
    expect(list.map((i) => i.name)).toEqual(['a', 'b', ATOMIC_OUTPUT]);
  });

  it('stops the build when another integration comes after it', () => {
    const { root } = setup();
    const integration = atomicOutput();
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    let outDir: unknown;
    hooks['astro:config:setup']?.({
      config: { outDir: new URL(`file://${root}/dist/`) },
      command: 'build',
      updateConfig: (update: { outDir: unknown }) => (outDir = update.outDir),
    });
    expect(String(outDir)).toBe(`file://${root}/dist.staging/`);
    expect(() =>
      hooks['astro:config:done']?.({ config: { integrations: [integration, { name: 'pagefind' }] } }),
    ).toThrow(`${ATOMIC_OUTPUT} must be the last integration (after pagefind)`);
    expect(() =>
      hooks['astro:config:done']?.({ config: { integrations: [{ name: 'x' }, integration] } }),
    ).not.toThrow();
  });

  it('leaves dev and preview alone', () => {
    const hooks = atomicOutput().hooks as Record<string, (options: unknown) => void>;
    let updated = false;
    for (const command of ['dev', 'preview', 'sync']) {
      hooks['astro:config:setup']?.({ config: {}, command, updateConfig: () => (updated = true) });
    }
    expect(updated).toBe(false);
  });
});
