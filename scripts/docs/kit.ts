/**
 * What the guide's screenshot scripts share: running a project script as a press officer would,
 * drawing its output as a terminal window, and saving a screenshot as a small WebP.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const OUT = 'docs/images';

/** Run a project script and return what it printed, as a press officer would see it. */
export function run(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [join('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return `${result.stdout}${result.stderr}`.replace(/\n+$/, '');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A terminal window holding commands and their output; errors red, warnings yellow. */
export function terminal(sessions: [command: string | null, output: string][], title = 'Terminal — bang-vang'): string {
  const body = sessions.map(([command, output]) => {
    const lines = output.split('\n').map((line) => {
      const html = escape(line);
      if (line.startsWith('✖')) return `<span class="err">${html}</span>`;
      if (line.startsWith('⚠')) return `<span class="warn">${html}</span>`;
      if (/^\s+(Có phải|Did you mean)/.test(line)) return `<span class="hint">${html}</span>`;
      if (/CẦN ĐIỀN/.test(line)) return `<span class="fill">${html}</span>`;
      return html;
    });
    return `${command === null ? '' : `<span class="cmd">$ ${escape(command)}</span>\n`}${lines.join('\n')}`;
  });
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    body { margin: 0; background: #e8e8e8; font: 15px/1.45 'Liberation Mono', 'DejaVu Sans Mono', monospace; }
    .win { margin: 12px; border-radius: 8px; overflow: hidden; box-shadow: 0 2px 8px #0004; background: #1e1f22; }
    .bar { background: #3a3b3f; color: #ccc; padding: 6px 12px; font-size: 13px; }
    pre { margin: 0; padding: 14px 16px; color: #e6e6e6; white-space: pre-wrap; font: inherit; }
    .cmd { color: #8fd18f; } .err { color: #ff7b72; font-weight: bold; } .warn { color: #e3b341; font-weight: bold; }
    .hint { color: #79c0ff; } .fill { color: #ffd580; }
  </style><div class="win"><div class="bar">${escape(title)}</div><pre>${body.join('\n\n')}</pre></div></html>`;
}

/** Save a screenshot as WebP (converted by Chromium's own encoder), small enough for the repository. */
export async function save(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<void> {
  const png = await page.screenshot(clip ? { clip } : { fullPage: true });
  const webp = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')?.drawImage(image, 0, 0);
    return canvas.toDataURL('image/webp', 0.82).split(',')[1] ?? '';
  }, png.toString('base64'));
  writeFileSync(join(OUT, `${name}.webp`), Buffer.from(webp, 'base64'));
  console.log(`${OUT}/${name}.webp`);
}
