/**
 * The card cache across builds of one fixture site (with its own cache dir): the first build
 * draws every card, a second draws none, and changing one story's title redraws exactly that
 * card. Also: an exemplar's portrait is drawn on its card, and a story naming its own
 * shareImage shares that picture (cropped to 1200×630) instead of a card.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, SITE } from '../helpers/mini-site.ts';
import { buildSite, ROOT, type BuildRun } from '../helpers/build.ts';
import { PORTRAIT_FILE } from '../helpers/og-samples.ts';

const CONTENT = 'tests/fixtures/.generated/og-cache/content';
const STORY = 'articles/2026/hoi-nghi-cum-1.md';
const OWN_IMAGE_STORY = 'articles/2026/anh-rieng.md';
const SMALL_IMAGE_STORY = 'articles/2026/anh-nho.md';

function counts(run: BuildRun): { rendered: number; reused: number } {
  const match = /Ảnh chia sẻ: vẽ mới (\d+), dùng lại (\d+)[^/]* \/ share images: (\d+) rendered, (\d+) reused/.exec(
    run.output,
  );
  if (!match) throw new Error(`no share-image line in the build log:\n${run.output.slice(-2000)}`);
  expect(match[3]).toBe(match[1]);
  expect(match[4]).toBe(match[2]);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

/** sha256 of every card PNG in dist/og, by path. */
function cards(outDir: string): Map<string, string> {
  const dir = join(outDir, 'og');
  return new Map(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.png'))
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

function write(path: string, text: string): void {
  const target = join(ROOT, CONTENT, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

describe('the share-image cache across builds', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bang-vang-og-')), 'dist');
  let first: BuildRun;
  let second: BuildRun;
  let third: BuildRun;
  let firstCards: Map<string, string>;
  let secondCards: Map<string, string>;
  let thirdCards: Map<string, string>;

  beforeAll(() => {
    rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
    for (const [path, text] of Object.entries(FILES)) write(path.replace(/^content\//, ''), text);
    write('site.yaml', SITE);
    // A portrait for the exemplar, and a story that names its own share picture.
    mkdirSync(join(ROOT, CONTENT, 'exemplars/anh'), { recursive: true });
    copyFileSync(PORTRAIT_FILE, join(ROOT, CONTENT, 'exemplars/anh/nguyen-thi-hoa.jpg'));
    write(
      'exemplars/nguyen-thi-hoa.md',
      (FILES['content/exemplars/nguyen-thi-hoa.md'] as string).replace(
        'awards: [bang-khen-2025]',
        'awards: [bang-khen-2025]\nportrait: { image: ./anh/nguyen-thi-hoa.jpg, alt: Chân dung chị Nguyễn Thị Hoa }\nconsent: Chị Hoa đồng ý bằng văn bản (thử nghiệm)',
      ),
    );
    mkdirSync(join(ROOT, CONTENT, 'articles/2026/anh'), { recursive: true });
    copyFileSync(
      join(ROOT, 'content/articles/2026/anh/hoi-nghi-cum-1.jpg'),
      join(ROOT, CONTENT, 'articles/2026/anh/rieng.jpg'),
    );
    copyFileSync(PORTRAIT_FILE, join(ROOT, CONTENT, 'articles/2026/anh/nho.jpg'));
    const ownImageStory = (image: string, alt: string) =>
      '---\ntitle: Tin có ảnh chia sẻ riêng\ndescription: Bài này chọn ảnh riêng khi chia sẻ lên mạng xã hội.\n' +
      `date: 2026-01-22\ncategory: tin-tuc\nauthors: [Phóng viên]\nshareImage: { image: ${image}, alt: ${alt} }\n---\nNội dung.\n`;
    write(OWN_IMAGE_STORY, ownImageStory('./anh/rieng.jpg', 'Quang cảnh hội trường'));
    // 600×800: smaller than a card, so it is shared smaller, at the card's ratio.
    write(SMALL_IMAGE_STORY, ownImageStory('./anh/nho.jpg', 'Chân dung minh họa'));

    first = buildSite(CONTENT, outDir);
    firstCards = cards(outDir);
    second = buildSite(CONTENT, outDir);
    secondCards = cards(outDir);
    write(
      STORY,
      (FILES[`content/${STORY}`] as string).replace(
        'title: Cụm Thi đua số 1 tổng kết năm 2025',
        'title: Cụm Thi đua số 1 tổng kết năm 2025 và phát động thi đua năm 2026',
      ),
    );
    third = buildSite(CONTENT, outDir);
    thirdCards = cards(outDir);
  });

  afterAll(() => rmSync(dirname(outDir), { recursive: true, force: true }));

  it('the first build draws every card', () => {
    expect(first.status, first.output).toBe(0);
    expect(counts(first)).toEqual({ rendered: firstCards.size, reused: 0 });
    // Home, one story (the two others share their own picture), decision, exemplar, 4 units, cluster, movement.
    expect(firstCards.size).toBe(10);
  });

  it('a second build draws none and publishes the same images', () => {
    expect(second.status, second.output).toBe(0);
    expect(counts(second)).toEqual({ rendered: 0, reused: firstCards.size });
    expect(secondCards).toEqual(firstCards);
  });

  it('changing one title redraws exactly that card', () => {
    expect(third.status, third.output).toBe(0);
    expect(counts(third)).toEqual({ rendered: 1, reused: firstCards.size - 1 });
    const changed = [...thirdCards].filter(([file, hash]) => secondCards.get(file) !== hash).map(([file]) => file);
    expect(changed).toEqual(['tin-tuc/hoi-nghi-cum-1.png']);
  });

  it("draws the exemplar's portrait on its card", async () => {
    const { data, info } = await sharp(join(outDir, 'og/dien-hinh/nguyen-thi-hoa.png'))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The portrait's blue-grey background at the top of its frame (left of the text).
    const at = (x: number, y: number) =>
      Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    const [r, g, b] = at(100, 160) as [number, number, number];
    expect(b).toBeGreaterThan(r + 10);
    expect(g).toBeGreaterThan(200);
  });

  it('a story with its own shareImage shares that picture, 1200×630, and gets no card', async () => {
    const og = (page: string) => {
      const html = readFileSync(join(outDir, page), 'utf8');
      const value = (property: string) =>
        new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1] as string;
      return {
        image: value('og:image'),
        alt: value('og:image:alt'),
        type: value('og:image:type'),
        size: [Number(value('og:image:width')), Number(value('og:image:height'))],
      };
    };
    const own = og('tin-tuc/anh-rieng/index.html');
    expect(own.image).toMatch(/^https:\/\/example\.vn\/_astro\/rieng\.[^/]+\.jpg$/);
    expect(own).toMatchObject({ alt: 'Quang cảnh hội trường', type: 'image/jpeg', size: [1200, 630] });
    const metadata = await sharp(join(outDir, new URL(own.image).pathname)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
    expect(thirdCards.has('tin-tuc/anh-rieng.png')).toBe(false);

    const small = og('tin-tuc/anh-nho/index.html');
    expect(small.size).toEqual([600, 315]);
    const smallFile = await sharp(join(outDir, new URL(small.image).pathname)).metadata();
    expect([smallFile.width, smallFile.height]).toEqual([600, 315]);
  });
});
