/**
 * What the README and the guides tell a reader to run works on the machine they have: a script is
 * run through the project's Node 24 (`npx node …` or `npm run …`), never by the system's `node`,
 * which on Node 20 stops at once on a .ts file (ERR_UNKNOWN_FILE_EXTENSION); the scripts named
 * exist; and the licence the README names is there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];
const SCRIPTS = readdirSync('scripts', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('scripts', f));

describe('the commands the documentation gives', () => {
  it('run scripts with the project’s Node (npx node, npm run), never the system’s', () => {
    const bare = [...DOCS, ...SCRIPTS].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(^|[^\w/-])(npx )?node (scripts\/[\w/.-]+\.ts)/gm)]
        .filter((m) => !m[2])
        .map((m) => `${file}: node ${m[3]}`),
    );
    expect(bare).toEqual([]);
  });

  it('name scripts that exist', () => {
    const missing = DOCS.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/npx node (scripts\/[\w/.-]+\.ts)/g)]
        .map((m) => m[1] as string)
        .filter((script) => !existsSync(script))
        .map((script) => `${file}: ${script}`),
    );
    expect(missing).toEqual([]);
  });

  it('and the package scripts they name are defined', () => {
    const defined = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
    const named = [...readFileSync('README.md', 'utf8').matchAll(/npm run ([a-z-]+)/g)].map((m) => m[1] as string);
    expect(named.filter((name) => !defined.includes(name))).toEqual([]);
    expect(named).toEqual(expect.arrayContaining(['nu', 'lighthouse']));
  });
});

describe('the licence', () => {
  it('is the MIT licence, in LICENSE and in package.json', () => {
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string }).license).toBe('MIT');
    expect(readFileSync('README.md', 'utf8')).toContain('[LICENSE](LICENSE)');
  });
});
