import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentStoreByPath, storeModuleCode } from '../../src/integrations/content-store-by-path.ts';

type Plugin = { load: { order: string; handler: (id: string) => { code: string } | null } };

/** The Vite plugin the integration adds for a build whose cache is `cacheDir`. */
function pluginFor(cacheDir: string, command = 'build'): Plugin | undefined {
  let plugin: Plugin | undefined;
  const hook = contentStoreByPath().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: {} },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => (plugin = config.vite.plugins[0]),
  });
  return plugin;
}

describe('the content store is read from disk, not bundled', () => {
  it("names Astro's store module and file as Astro does (fails when an Astro upgrade moves them)", () => {
    const consts = readFileSync(join('node_modules', 'astro', 'dist', 'content', 'consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
    const paths = readFileSync(join('node_modules', 'astro', 'dist', 'content', 'paths.js'), 'utf8');
    expect(paths).toContain('new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
  });

  it('loads the store file the build wrote, and the module gives back its parsed content', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = [['Map', 1], 'bài viết'];
    writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify(store));
    const plugin = pluginFor(cacheDir);
    expect(plugin?.load.order).toBe('pre');
    const loaded = plugin?.load.handler('\0astro:data-layer-content');
    expect(loaded?.code).toBe(storeModuleCode(join(cacheDir, 'data-store.json')));
    const module = (await import(`data:text/javascript,${encodeURIComponent(loaded?.code ?? '')}`)) as {
      default: unknown;
    };
    expect(module.default).toEqual(store);
    expect(plugin?.load.handler('\0astro:content')).toBeNull();
  });

  it("leaves the module to Astro when there is no store file or it is not Astro's format", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'store-'));
    expect(pluginFor(cacheDir)?.load.handler('\0astro:data-layer-content')).toBeNull();
    writeFileSync(join(cacheDir, 'data-store.json'), '{"manifest":true}');
    expect(pluginFor(cacheDir)?.load.handler('\0astro:data-layer-content')).toBeNull();
    expect(pluginFor(cacheDir, 'dev')).toBeUndefined();
  });
});
