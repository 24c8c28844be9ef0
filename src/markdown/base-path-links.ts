/**
 * Links and pictures that a Markdown body writes from the site's root (`[QĐ](/khen-thuong/x/)`,
 * as officers and `npm run migrate` write them) put under the site's base path when it has one
 * (routes.ts underBase). A plugin of Sätteri, Astro's Markdown processor, for `.md` and `.mdx`
 * bodies alike; JSX in an `.mdx` story is code and builds its addresses with `routes`.
 */
import type { HastPluginDefinition } from 'satteri';
import { underBase } from '../routing/routes.ts';

/** Only for a base other than '/': at the root every path is already right. */
export function contentLinksUnderBase(base: string): HastPluginDefinition {
  return {
    name: 'bang-vang:content-links-under-base',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties[key];
        if (typeof value !== 'string') return;
        const moved = underBase(base, value);
        if (moved !== value) ctx.setProperty(node, key, moved);
      },
    },
  };
}
