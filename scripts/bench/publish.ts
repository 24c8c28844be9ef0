/**
 * Publishing after a small change, as a press officer's push with the build's caches kept (the
 * deploy workflows keep them): after the full build, the newest story's title is changed and the
 * whole site built again (share cards and search included); then a decision of 500 recipients is
 * added (a YAML file and its CSV annex, as `npm run import` writes them) and the site built again;
 * then the title of a story old enough to be in the search's archive is changed, and built again.
 * Each build's wall time and phases. The corpus is left with the three changes.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPhaseTimings } from '../../src/integrations/phase-timings.ts';

export interface PublishBuild {
  wallMs: number;
  peakRssMb: number | null;
  exit: number | null;
}

export interface PublishStep extends PublishBuild {
  /** What was changed. */
  change: string;
  /** From the phase timings (integrations/phase-timings.ts): ms from the build's start. */
  phases: Record<string, number>;
  /** Peak memory (MB) of the phase ending at each mark. */
  memory?: Record<string, Record<string, number>> | undefined;
}

export interface PublishBench {
  /** One story changed (the newest), full build: the goal's number. */
  storyWallMs: number;
  /** A decision of 500 recipients added, full build. */
  decisionWallMs: number;
  /** A story of the search's archive changed (its title), full build. */
  archivedStoryWallMs: number;
  steps: PublishStep[];
}

/** Every story file of the corpus with its date, newest first. */
function storiesByDate(corpus: string): { path: string; date: string }[] {
  const folder = join(corpus, 'articles');
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const path = join(folder, file);
      return { path, date: /^date: (.+)$/m.exec(readFileSync(path, 'utf8'))?.[1] ?? '' };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
}

function retitle(path: string, note: string): string {
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    text.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (${note})"`),
  );
  return path;
}

/** A decision of `count` recipients in the wards of the first province, signed in 2026, with its CSV annex. */
export function addDecision(corpus: string, count: number): string {
  const id = 'qd-cong-bo-moi';
  const people = ['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Ngọc', 'Hoàng Thu'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Lan', 'Mai', 'Nam', 'Yến'];
  const rows = Array.from({ length: count }, (_, i) => {
    const name = `${people[i % people.length]} ${given[Math.floor(i / people.length) % given.length]} ${i + 1}`;
    const ward = `phuong-001-${String((i % 20) + 1).padStart(2, '0')}`;
    return `${name},ca-nhan,${ward},Cán bộ,Hoàn thành xuất sắc nhiệm vụ năm 2026`;
  });
  writeFileSync(
    join(corpus, `awards/${id}.yaml`),
    `decision: 9999/QĐ-UBND\ntitle: Tặng Bằng khen năm 2026 (công bố mới)\nsigned: 2026-12-01\nissuer: chu-tich-ubnd-tinh\nissuerUnit: tinh-001\naward: bang-khen-bo-tinh\nperiod: 2026\nrecipientsFile: ${id}.csv\n`,
  );
  writeFileSync(join(corpus, `awards/${id}.csv`), `name,kind,unit,position,citation\n${rows.join('\n')}\n`);
  return `awards/${id}.yaml`;
}

/**
 * @param build runs the full build (cards and search) with the caches of the build before.
 * @param timings the phase timings file the build writes.
 */
export function benchPublish(corpus: string, build: () => PublishBuild, timings: string): PublishBench {
  const stories = storiesByDate(corpus);
  const changes: [string, () => string][] = [
    ['the newest story’s title', () => retitle(stories[0]?.path ?? '', 'đã sửa')],
    ['a decision of 500 recipients added', () => addDecision(corpus, 500)],
    ['an archived story’s title', () => retitle(stories.at(-1)?.path ?? '', 'đã sửa')],
  ];
  const steps = changes.map(([change, apply]): PublishStep => {
    apply();
    const run = build();
    // Phase marks, and the peak memory of each phase (integrations/phase-timings.ts).
    const { marks, memory } = readPhaseTimings(timings);
    const start = marks['start'] ?? 0;
    const phases = Object.fromEntries(Object.entries(marks).map(([name, at]) => [name, Math.round(at - start)]));
    console.log(`Publish, ${change}: ${run.wallMs} ms, ${run.peakRssMb} MB`);
    return { change, ...run, phases, memory };
  });
  const [story, decision, archived] = steps.map((step) => step.wallMs);
  return {
    storyWallMs: story ?? 0,
    decisionWallMs: decision ?? 0,
    archivedStoryWallMs: archived ?? 0,
    steps,
  };
}
