/**
 * The whole migration as a plan, before anything is written: which stories, pictures, decisions
 * and annexes go where, what is skipped and why, and what each story still needs. Stories already
 * migrated (an existing story has the same old address) are skipped, so a second run writes
 * nothing. Pure: what exists and where pictures are is asked through the context.
 */
import type { ImportProblem } from '../import/problem.ts';
import type { UnitMatcher } from '../import/units.ts';
import { generateDecisionYaml, generateRecipientsCsv } from '../import/output.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { readAnnexGrid } from './annex-adapter.ts';
import type { ConvertedItem } from './convert.ts';
import { htmlTreeToMarkdown } from './html-to-markdown.ts';
import type { Note } from './notes.ts';
import { createRoutes } from '../routing/routes.ts';
import { slugFromTitle, UNDATED_FOLDER } from './files.ts';

/** Links written into a story's Markdown are from the site's root: content does not know the base path. */
const contentRoutes = createRoutes('/');
import { generateStoryFile, type StoryPicture } from './story-file.ts';
import type { SkippedItem, SourceImage, SourceItem } from './types.ts';

export type ImageFound = { ok: true; ext: string; from: string } | { ok: false; vi: string; en: string };

export interface PlanContext {
  contentDir: string;
  /** Old addresses already in a story of content/ → that story's file. */
  migrated: ReadonlyMap<string, string>;
  /** File names (slugs) already used by stories, in any year, and by decisions. */
  storySlugs: ReadonlySet<string>;
  awardSlugs: ReadonlySet<string>;
  locateImage(image: SourceImage, item: SourceItem): ImageFound;
  units: UnitMatcher;
  taxonomy: Taxonomy;
  /** YYYY-MM-DD, for the decisions' header comment. */
  today: string;
  convertLegacy: boolean;
}

export type PlannedWrite = { path: string; text: string } | { path: string; copyFrom: string };

export interface PlannedAnnex {
  yaml: string;
  csv: string;
  rows: number;
  problems: ImportProblem[];
  missing: string[];
}

export interface PlannedStory {
  path: string;
  title: string;
  origin: string;
  oldAddresses: string[];
  notes: Note[];
  images: number;
  annexes: PlannedAnnex[];
}

export interface MigrationPlan {
  writes: PlannedWrite[];
  stories: PlannedStory[];
  skipped: SkippedItem[];
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** What one story's planning adds: files to write, its notes, pictures and annexes. */
interface StoryParts {
  writes: PlannedWrite[];
  notes: PlannedStory['notes'];
}

/** Pictures copied beside the story (the first is the cover), alt from the caption or the image. */
function planPictures(story: ConvertedItem, slug: string, folder: string, context: PlanContext, out: StoryParts) {
  const pictures: StoryPicture[] = [];
  for (const image of story.images) {
    const found = context.locateImage(image, story.item);
    if (!found.ok) {
      out.notes.push({
        level: 'warning',
        field: 'gallery',
        vi: `${found.vi} (${image.src})`,
        en: `${found.en} (${image.src})`,
      });
      continue;
    }
    const file = `anh/${slug}-${pictures.length + 1}${found.ext}`;
    out.writes.push({ path: `${folder}/${file}`, copyFrom: found.from });
    const alt = image.alt ?? image.caption ?? '';
    if (!alt) {
      out.notes.push({
        level: 'fill',
        field: pictures.length ? 'gallery' : 'cover',
        vi: `Ảnh ./${file} không có chú thích hay mô tả: viết mô tả ảnh (alt).`,
        en: `Picture ./${file} has neither caption nor alt text: describe it (alt).`,
      });
    }
    pictures.push({ image: `./${file}`, alt, caption: image.caption });
  }
  return pictures;
}

/**
 * Award tables: a draft decision and its CSV annex each, linked from the story. A table with a
 * row the importer rejects is not written (an annex short of a person would pass the check): the
 * officer imports it with `npm run import` once fixed.
 */
function planAnnexes(
  story: ConvertedItem,
  slug: string,
  context: PlanContext & { awardSlugs: Set<string> },
  out: StoryParts,
) {
  const annexes: PlannedAnnex[] = [];
  const awards: string[] = [];
  story.awardTables.forEach((table, index) => {
    const annex = readAnnexGrid(
      table.grid,
      table.titleBlock,
      { units: context.units, taxonomy: context.taxonomy, clusters: new Set(), movements: new Set() },
      { convertLegacy: context.convertLegacy },
    );
    if (!annex.recipients.length || annex.rejected.length) {
      const why = annex.rejected.length
        ? `${annex.rejected.length} dòng bị từ chối: ${annex.problems.find((p) => p.severity === 'error')?.vi ?? ''}`
        : (annex.problems[0]?.vi ?? 'không có dòng hợp lệ');
      out.notes.push({
        level: 'fill',
        vi: `Một bảng danh sách khen thưởng chưa nhập được (${why}). Sửa rồi nhập bằng "npm run import" từ bài cũ ${story.item.origin}.`,
        en: `An award table could not be imported (${annex.rejected.length} row(s) rejected): fix it and enter it with "npm run import" from the old page ${story.item.origin}.`,
      });
      table.mark.children = [];
      return;
    }
    const awardSlug = uniqueSlug(`${slug}-danh-sach${index ? `-${index + 1}` : ''}`, context.awardSlugs);
    const { fields } = annex.decision;
    const yaml = generateDecisionYaml({
      fields,
      csvName: `${awardSlug}.csv`,
      source: story.item.url ?? story.item.origin,
      today: context.today,
      taxonomy: context.taxonomy,
    });
    const files = {
      yaml: `${context.contentDir}/awards/${awardSlug}.yaml`,
      csv: `${context.contentDir}/awards/${awardSlug}.csv`,
    };
    out.writes.push(
      { path: files.yaml, text: yaml.text },
      { path: files.csv, text: generateRecipientsCsv(annex.recipients) },
    );
    annexes.push({ ...files, rows: annex.recipients.length, problems: annex.problems, missing: yaml.missing });
    awards.push(awardSlug);
    const label = fields.decision ? `Danh sách kèm theo Quyết định số ${fields.decision}` : 'Danh sách khen thưởng';
    table.mark.children = [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: contentRoutes.decision(awardSlug) },
        children: [{ type: 'text', value: `${label} (${annex.recipients.length} tập thể, cá nhân)` }],
      },
    ];
  });
  return { annexes, awards };
}

/** The notes of a story's body once converted: HTML dropped, nothing left. */
function bodyNotes(markdown: string, droppedHtml: number): PlannedStory['notes'] {
  const notes: PlannedStory['notes'] = [];
  if (droppedHtml)
    notes.push({
      level: 'warning',
      vi: `Bỏ ${droppedHtml} đoạn HTML không chuyển được sang Markdown.`,
      en: `Dropped ${droppedHtml} pieces of HTML that Markdown cannot hold.`,
    });
  if (!markdown.trim())
    notes.push({
      level: 'warning',
      vi: 'Bài không còn nội dung ngoài đoạn mở đầu.',
      en: 'The story has no text besides its lead.',
    });
  return notes;
}

export function planMigration(converted: ConvertedItem[], skipped: SkippedItem[], context: PlanContext): MigrationPlan {
  const plan: MigrationPlan = { writes: [], stories: [], skipped: [...skipped] };
  const storySlugs = new Set(context.storySlugs);
  const awardSlugs = new Set(context.awardSlugs);
  const seen = new Map<string, string>();
  for (const story of converted) {
    const { item, fields } = story;
    const done = item.oldAddresses.map((a) => context.migrated.get(a) ?? seen.get(a)).find(Boolean);
    if (done) {
      plan.skipped.push({
        origin: item.origin,
        title: fields.title,
        vi: `Đã chuyển trước đó: ${done} (cùng địa chỉ cũ).`,
        en: `Already migrated: ${done} (same old address).`,
      });
      continue;
    }
    const slug = uniqueSlug(slugFromTitle(fields.title), storySlugs);
    const folder = `${context.contentDir}/articles/${fields.date ? fields.date.slice(0, 4) : UNDATED_FOLDER}`;
    const path = `${folder}/${slug}.md`;
    for (const address of item.oldAddresses) seen.set(address, path);
    const out: StoryParts = { writes: plan.writes, notes: [...story.notes] };
    if (!item.oldAddresses.length) {
      out.notes.push({
        level: 'warning',
        field: 'redirectFrom',
        vi: 'Không biết địa chỉ cũ của bài: liên kết cũ tới bài này sẽ không được chuyển hướng.',
        en: 'The old address is unknown: old links to this story will not be redirected.',
      });
    }
    const pictures = planPictures(story, slug, folder, context, out);
    const { annexes, awards } = planAnnexes(story, slug, { ...context, awardSlugs }, out);
    const { markdown, droppedHtml } = htmlTreeToMarkdown(story.tree, item.url);
    out.notes.push(...bodyNotes(markdown, droppedHtml));
    const [cover, ...gallery] = pictures;
    plan.writes.push({
      path,
      text: generateStoryFile({ fields, cover, gallery, awards, body: markdown, origin: item.url ?? item.origin }),
    });
    plan.stories.push({
      path,
      title: fields.title,
      origin: item.origin,
      oldAddresses: item.oldAddresses,
      notes: out.notes,
      images: pictures.length,
      annexes,
    });
  }
  return plan;
}
