import { describe, expect, it } from 'vitest';
import { serializeJsonLd, storyJsonLd } from '../../src/seo/json-ld.ts';

describe('JSON-LD', () => {
  it('cannot be broken out of by a title', () => {
    const text = serializeJsonLd({ headline: 'Tin </script><img src=x onerror=alert(1)> & "trích"' });
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<img');
    expect(JSON.parse(text)).toEqual({ headline: 'Tin </script><img src=x onerror=alert(1)> & "trích"' });
  });

  it('describes a story and its breadcrumb', () => {
    const [article, breadcrumb] = storyJsonLd({
      url: 'https://x.vn/tin-tuc/a/',
      title: 'Tiêu đề',
      description: 'Sapo',
      date: new Date('2026-01-21T08:00:00Z'),
      authors: ['Xuân Thu', 'Trường Giang'],
      siteName: 'Bảng Vàng',
      organisation: 'Ban Thi đua',
      category: { name: 'Tổng kết', url: 'https://x.vn/chuyen-muc/tong-ket/' },
      homeUrl: 'https://x.vn/',
    }) as [Record<string, unknown>, Record<string, unknown>];
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-01-21T08:00:00.000Z',
      inLanguage: 'vi',
    });
    expect(article['author']).toHaveLength(2);
    expect((breadcrumb['itemListElement'] as unknown[]).length).toBe(3);
  });
});
