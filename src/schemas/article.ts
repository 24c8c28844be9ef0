/** Schema of content/articles/<yyyy>/<slug>.md|mdx: news stories (tin bài). */
import { z } from 'astro/zod';
import { dateTime, id, imageWithAlt, text, url, type IssueParams, issueAt } from './common.ts';
import { slugVi } from '../utils/slug.ts';

/** News categories (chuyên mục). */
export const articleCategory = z.enum([
  'hoi-nghi',
  'phat-dong',
  'giao-uoc',
  'tong-ket',
  'khen-thuong',
  'dien-hinh',
  'van-ban',
  'tin-tuc',
]);
export type ArticleCategory = z.infer<typeof articleCategory>;

/**
 * The fields that hold no image, built once. Astro builds each entry's schema anew (its `image()`
 * resolves paths from that entry's file), and at 10,000 stories building every text field's
 * checks again took two seconds of the build.
 */
const ARTICLE_HEAD = {
  /** Headline, 10–200 characters. */
  title: text({ min: 10, max: 200 }),
  /** Lead paragraph (sapo), 20–400 characters. */
  description: text({ min: 20, max: 400 }),
  /** Publication date, or date and time; without a zone it is Vietnam's time. */
  date: dateTime,
  /** Date of the last significant update; not before `date`. */
  updated: dateTime.optional(),
  /** Category (chuyên mục). */
  category: articleCategory,
  /** Bylines, at least one. */
  authors: z.array(text({ min: 1, max: 120 })).min(1),
  /** Attribution of a story taken from another paper ("Theo baothuathienhue.vn"). */
  source: z
    .strictObject({
      /** Name of the source. */
      name: text({ min: 1, max: 120 }),
      /** Address of the original story or paper. */
      url: url.optional(),
    })
    .optional(),
};

/** An address on the old portal: a path on its host, starting with one "/". */
const oldAddress = z
  .string()
  .trim()
  .refine((path) => path.startsWith('/') && !path.startsWith('//') && !/\s/.test(path), {
    params: {
      vi: 'Địa chỉ cũ là đường dẫn trên trang cũ, bắt đầu bằng "/" và không có dấu cách, ví dụ /news/thoi-su/bai-viet-123.html (bỏ phần https://tên-miền).',
      en: 'An old address is a path on the old portal, starting with "/" and without spaces, e.g. /news/thoi-su/story-123.html (leave out https://domain).',
    } satisfies IssueParams,
  });

const ARTICLE_TAIL = {
  /** Units the story concerns (ids in content/units). */
  units: z.array(id).default([]),
  /** Award decisions it reports (slugs in content/awards). */
  awards: z.array(id).default([]),
  /** Exemplars it tells about (slugs in content/exemplars). */
  exemplars: z.array(id).default([]),
  /** Emulation cluster or block concerned (id in content/clusters). */
  cluster: id.optional(),
  /** Emulation movement concerned (id in content/movements). */
  movement: id.optional(),
  /** Free keywords; each gets a page /the/<tag>/, so each needs a letter or digit for its address. */
  tags: z
    .array(
      text({ min: 1, max: 60 }).refine((tag) => slugVi(tag) !== '', {
        params: {
          vi: 'Chủ đề (tag) cần ít nhất một chữ cái hoặc chữ số: nó trở thành địa chỉ trang /the/…/.',
          en: 'A tag needs at least one letter or digit: it becomes the address /the/…/.',
        } satisfies IssueParams,
      }),
    )
    .default([]),
  /**
   * Old addresses of this story on the office's previous portal, as paths on that host
   * ("/news/thoi-su/abc-123.html", "/Pages/tin.aspx", "/index.php?option=com_content&id=5"):
   * the build answers at each with a redirect to the story. `npm run migrate` fills it.
   */
  redirectFrom: z.array(oldAddress).default([]),
  /** Shown as the lead story on the home page. */
  featured: z.boolean().default(false),
  /** Drafts are shown by the dev server only, never published. */
  draft: z.boolean().default(false),
};

/** What a picture carries besides its file and alternative text. */
const PICTURE_EXTRAS = {
  /** Caption printed under the image. */
  caption: text({ max: 400 }).optional(),
  /** Photographer or source of the image. */
  credit: text({ max: 120 }).optional(),
};

/**
 * @param image schema of an image path: Astro's `image()` in the content config (so images are
 * optimised), a plain string in the standalone validator (which checks the file exists).
 */
export function createArticleSchema<T extends z.ZodType>(image: T) {
  const picture = imageWithAlt(image).extend(PICTURE_EXTRAS);
  return z
    .strictObject({
      ...ARTICLE_HEAD,
      /** Main picture, with alternative text. */
      cover: picture.optional(),
      /** More pictures, each with alternative text. */
      gallery: z.array(picture).default([]),
      /**
       * Picture shown when the story is shared (Facebook, Zalo, X) instead of the generated card,
       * cropped to 1200×630 from its centre; `alt` describes it for og:image:alt.
       */
      shareImage: imageWithAlt(image).optional(),
      ...ARTICLE_TAIL,
    })
    .superRefine((article, ctx) => {
      if (article.updated && article.updated < article.date) {
        issueAt(ctx, ['updated'], {
          vi: 'Ngày cập nhật (updated) không được trước ngày đăng (date).',
          en: 'The update date (updated) cannot be before the publication date (date).',
        });
      }
    });
}

export type Article = z.infer<ReturnType<typeof createArticleSchema<z.ZodString>>>;
