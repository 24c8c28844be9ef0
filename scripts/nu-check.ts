/**
 * The Nu HTML Checker (vnu.jar, from the vnu-jar package; needs Java) over every page of a built
 * site, served on loopback so that the pages' Content-Security-Policy is read against a real
 * origin ('self' means nothing to a file on disk). 0 errors and 0 warnings, except the known
 * ones listed and justified in scripts/nu/known-warnings.ts; exit 1 otherwise, 2 when it
 * cannot run (no Java, no built site).
 *
 * Usage: npm run build && npm run nu [-- dist]. Not part of `npm test` (which must pass on a
 * machine without Java): .ci/run installs Java and runs it after the build.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { readSiteUrl } from '../src/io/read-site-url.ts';
import { createRoutes } from '../src/routing/routes.ts';
import { staticHost } from './lib/static-host.ts';
import { describe, judge, KNOWN_WARNINGS, type NuMessage } from './nu/known-warnings.ts';

const dist = resolve(process.argv[2] ?? process.env['BANG_VANG_OUT'] ?? 'dist');
const base = createRoutes(
  new URL(readSiteUrl('.', process.env['BANG_VANG_CONTENT'] ?? 'content', 'http://localhost/')).pathname,
).base;

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(
    `Không thấy trang đã tạo trong ${dist}: chạy npm run build trước.\nNo built site in ${dist}: run npm run build first.`,
  );
  process.exit(2);
}
if (spawnSync('java', ['-version']).status !== 0) {
  console.error(
    'Cần Java để chạy trình kiểm tra HTML Nu (vnu.jar): apt-get install -y default-jre-headless.\nThe Nu HTML Checker (vnu.jar) needs Java: apt-get install -y default-jre-headless.',
  );
  process.exit(2);
}

/** Every page: its file's address under the site's base (x/index.html → x/, 404.html as is). */
const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);

const jar = String(createRequire(import.meta.url)('vnu-jar'));
const host = await staticHost(dist, base);
let messages: NuMessage[];
try {
  // vnu exits 1 when it finds errors: its report is read either way.
  const run = await promisify(execFile)(
    'java',
    [
      // The pages are on loopback, which vnu refuses by default (it is meant to run as a public service).
      '-Dnu.validator.servlet.allow-forbidden-hosts=true',
      '-jar',
      jar,
      '--format',
      'json',
      '--stdout',
      ...pages.map((path) => `${host.url}${path}`),
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{"messages":[]}' }));
  messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
} finally {
  await host.close();
}

/** A page's HTML as served, from the built folder (a path under the base: x/ is x/index.html). */
const sourceOf = (url: string): string | undefined => {
  const file = resolve(dist, `${url.slice(base.length)}${url.endsWith('/') ? 'index.html' : ''}`);
  return file.startsWith(dist) && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const { problems, known } = judge(
  messages.map((m) => ({ ...m, url: (m.url ?? '').replace(host.url, '') })),
  sourceOf,
);
for (const problem of problems) console.log(describe(problem));
const knownText = KNOWN_WARNINGS.filter((w) => known.has(w.id))
  .map((w) => `${known.get(w.id)} × ${w.id} (${w.why})`)
  .join('; ');
console.log(
  `Nu HTML Checker: ${pages.length} trang / pages, ${problems.length} lỗi và cảnh báo / errors and warnings${knownText ? `; đã biết / known: ${knownText}` : ''}.`,
);
process.exit(problems.length ? 1 : 0);
