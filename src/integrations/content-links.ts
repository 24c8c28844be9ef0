/**
 * Under a base path (site.yaml's url `https://org.github.io/thi-dua-tinh/`), the links and
 * pictures that story bodies write from the site's root move under it (markdown/base-path-links.ts).
 * The plugin joins Astro's own Markdown processor (Sätteri, which `.mdx` bodies share), whose
 * options integrations may extend before the processor is created. Nothing at the root.
 */
import type { AstroIntegration } from 'astro';
import { contentLinksUnderBase } from '../markdown/base-path-links.ts';

export function contentLinks(): AstroIntegration {
  return {
    name: 'bang-vang:content-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (config.base === '/') return;
        const { processor } = config.markdown;
        const options = processor.options as { hastPlugins?: unknown[] };
        if (processor.name !== 'satteri' || !Array.isArray(options.hastPlugins)) {
          throw new Error(
            `Bộ xử lý Markdown "${processor.name}" không nhận plugin của Sätteri: liên kết trong bài sẽ thiếu đường dẫn gốc ${config.base} / ` +
              `the Markdown processor "${processor.name}" takes no Sätteri plugin: links in stories would miss the base path ${config.base}`,
          );
        }
        options.hastPlugins.push(contentLinksUnderBase(config.base));
      },
    },
  };
}
