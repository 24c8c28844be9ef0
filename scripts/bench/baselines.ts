/**
 * The two baselines the benchmark compares against, written from the same generated stories:
 * a plain Astro site shaped like Astro's blog starter (one collection, one layout,
 * getStaticPaths + render) and a Hugo site with a minimal layout.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The blog-starter-shaped Astro project, reading the corpus' stories in place. */
export function writeAstroBaseline(dir: string, storiesDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  write(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ site: 'https://example.com', integrations: [mdx()] });\n`,
  );
  write(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const blog = defineCollection({
  loader: glob({ base: ${JSON.stringify(storiesDir)}, pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({ title: z.string(), description: z.string(), date: z.coerce.date() }).passthrough(),
});
export const collections = { blog };
`,
  );
  write(
    join(dir, 'src/layouts/BlogPost.astro'),
    `---
const { title, description, date } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title><meta name="description" content={description} /></head>
<body><main><article><h1>{title}</h1><p>{date.toLocaleDateString('en-us')}</p><slot /></article></main></body></html>
`,
  );
  write(
    join(dir, 'src/pages/blog/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import BlogPost from '../../layouts/BlogPost.astro';
export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
const post = Astro.props;
const { Content } = await render(post);
---
<BlogPost {...post.data}><Content /></BlogPost>
`,
  );
  write(
    join(dir, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const posts = (await getCollection('blog')).sort((a, b) => b.data.date.valueOf() - a.data.date.valueOf());
---
<html lang="en"><body><ul>{posts.map((p) => <li><a href={'/blog/' + p.id + '/'}>{p.data.title}</a></li>)}</ul></body></html>
`,
  );
}

/** A Hugo site with the same stories as Markdown pages and a minimal layout. */
export function writeHugoBaseline(dir: string, storiesDir: string): number {
  rmSync(dir, { recursive: true, force: true });
  write(
    join(dir, 'hugo.toml'),
    `baseURL = "https://example.com/"\nlanguageCode = "vi"\ntitle = "Baseline"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\nbuildFuture = true\n`,
  );
  write(
    join(dir, 'layouts/_default/single.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><article><h1>{{ .Title }}</h1><p>{{ .Date.Format "02/01/2006" }}</p>{{ .Content }}</article></main></body></html>\n`,
  );
  write(
    join(dir, 'layouts/_default/list.html'),
    `<!doctype html><html lang="vi"><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n`,
  );
  let count = 0;
  for (const year of readdirSync(storiesDir)) {
    if (!/^\d{4}$/.test(year)) continue;
    for (const name of readdirSync(join(storiesDir, year))) {
      if (!/\.mdx?$/.test(name)) continue;
      const text = readFileSync(join(storiesDir, year, name), 'utf8');
      const end = text.indexOf('\n---\n', 4);
      const front = text.slice(4, end);
      const title = /^title: (.*)$/m.exec(front)?.[1] ?? '""';
      const date = (/^date: (.*)$/m.exec(front)?.[1] ?? '2020-01-01 00:00').replace(' ', 'T') + ':00+07:00';
      write(
        join(dir, 'content/posts', name.replace(/\.mdx$/, '.md')),
        `---\ntitle: ${title}\ndate: ${date}\n---\n${text.slice(end + 5)}`,
      );
      count++;
    }
  }
  return count;
}
