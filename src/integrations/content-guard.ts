/**
 * Checks all content before Astro loads it. On any error the build stops with the full
 * bilingual report and exit code 1, before a single page is written; in dev the report is
 * printed and the server keeps running.
 *
 * It reads the site's clock (BANG_VANG_NOW or the real time) once, and hands it with the working
 * days the check built from the holiday files to the pages (public comment notices' status):
 * every page of a build sees the same instant. The pages cannot find the holiday files
 * themselves: Astro runs them bundled from another folder.
 *
 * It also normalizes MDX sources to NFC: stories and YAML are normalized by our loader, but
 * MDX bodies are compiled by @astrojs/mdx straight from the file.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../io/check-content.ts';
import { CLOCK_VARIABLE, siteNow } from '../io/clock.ts';
import { formatReport } from '../validation/format.ts';
import { recordPhase } from './phase-timings.ts';
import { collectGarbage } from '../io/collect-garbage.ts';
import { clearParsed, offerParsed, provideNoticeClock } from '../astro-adapter/handoffs.ts';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';

/** The site's clock, or the bilingual reason it cannot be read (a BANG_VANG_NOW that is not a date). */
function readClock(): { now: Date } | { error: string } {
  try {
    return { now: siteNow() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function contentGuard(options: { contentDir: string; taxonomyFile: string }): AstroIntegration {
  return {
    name: 'bang-vang:content-guard',
    hooks: {
      'astro:build:start': () => {
        recordPhase('buildStart');
        // The sync left most of the heap as garbage; collect it before the bundler grows the heap
        // on top of it (see collect-garbage.ts).
        collectGarbage();
      },
      'astro:build:done': () => recordPhase('buildDone'),
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const started = performance.now();
        recordPhase('start');
        clearParsed();
        // The build's loaders take what the check parsed instead of parsing it again; the dev
        // server re-reads files as they change, so it gets nothing to hold on to.
        const result = checkContent(
          { root: fileURLToPath(config.root), ...options },
          command === 'build' ? (file, entry) => offerParsed(file.path, file.text, entry) : undefined,
        );
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (result.diagnostics.length) {
          // Printed as is (not through the logger) so every line stays readable and copyable.
          console.error(`\n${formatReport(result.diagnostics, command === 'dev' ? 'dev' : 'build')}\n`);
        }
        if (errors.length && command !== 'dev') {
          // Exit here rather than throw: a thrown error would add a stack trace that means
          // nothing to a press officer, and nothing has been written yet.
          process.exit(1);
        }
        const clock = readClock();
        if ('error' in clock) {
          console.error(`\n✖ ${clock.error}\n`);
          process.exit(1);
        }
        provideNoticeClock({ now: clock.now, calendar: result.calendar ?? createWorkingCalendar() });
        if (process.env[CLOCK_VARIABLE]) {
          logger.info(`Đồng hồ của trang / site clock: ${CLOCK_VARIABLE}=${clock.now.toISOString()}`);
        }
        recordPhase('contentCheckDone');
        logger.info(
          `Đã kiểm tra ${result.entries.length} mục nội dung / checked ${result.entries.length} entries in ${Math.round(performance.now() - started)} ms`,
        );
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bang-vang:nfc-mdx',
                enforce: 'pre',
                // NFC is safe on the MDX source and on anything compiled from it, so the order
                // relative to the MDX plugin does not matter.
                transform(code: string, id: string) {
                  if (!/\.mdx(\?|$)/.test(id)) return null;
                  const normalized = code.normalize('NFC');
                  return normalized === code ? null : { code: normalized, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
