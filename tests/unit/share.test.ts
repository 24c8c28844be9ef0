import { describe, expect, it } from 'vitest';
import { shareImageSize, shareLinks } from '../../src/seo/share.ts';

describe('share links', () => {
  it('encode the address and the title', () => {
    const links = shareLinks('https://x.vn/tin-tuc/a-b/?q=1&r=2', 'Hội nghị & "giao ước"');
    expect(links.map((l) => l.network)).toEqual(['facebook', 'zalo', 'x']);
    for (const link of links) {
      expect(new URL(link.href).searchParams.get(link.network === 'facebook' ? 'u' : 'url')).toBe(
        'https://x.vn/tin-tuc/a-b/?q=1&r=2',
      );
    }
    expect(new URL(links[2]?.href as string).searchParams.get('text')).toBe('Hội nghị & "giao ước"');
  });
});

describe('shareImageSize', () => {
  it('is the card size for a large picture, and the same ratio, never enlarged, for a small one', () => {
    expect(shareImageSize({ width: 1600, height: 1000 })).toEqual({ width: 1200, height: 630 });
    expect(shareImageSize({ width: 600, height: 800 })).toEqual({ width: 600, height: 315 });
    expect(shareImageSize({ width: 1600, height: 420 })).toEqual({ width: 800, height: 420 });
  });
});
