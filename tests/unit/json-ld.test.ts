import { describe, expect, it } from 'vitest';
import { bylineAgents, bylineKind } from '../../src/seo/bylines.ts';
import { decisionJsonLd, serializeJsonLd, siteJsonLd, storyJsonLd } from '../../src/seo/json-ld.ts';

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
      image: 'https://x.vn/og/tin-tuc/a.png',
    }) as [Record<string, unknown>, Record<string, unknown>];
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-01-21T08:00:00.000Z',
      inLanguage: 'vi',
    });
    expect(article['author']).toEqual([
      { '@type': 'Person', name: 'Xuân Thu' },
      { '@type': 'Person', name: 'Trường Giang' },
    ]);
    expect(article['image']).toEqual(['https://x.vn/og/tin-tuc/a.png']);
    expect((breadcrumb['itemListElement'] as unknown[]).length).toBe(3);
  });

  it('types bylines: people, bodies and outlets, and jobs that name nobody', () => {
    for (const name of ['Xuân Thu', 'Trường Giang', 'Bảo Ngọc', 'Phong Lan', 'Đoàn Văn Minh', 'Nguyễn Văn Phương'])
      expect(bylineKind(name), name).toBe('person');
    for (const name of ['Ban Biên tập Bảng Vàng', 'Báo Lào Cai', 'TTH.VN', 'baothuathienhue.vn', 'TTXVN', 'Sở Nội vụ'])
      expect(bylineKind(name), name).toBe('organisation');
    for (const name of ['Phóng viên', 'PV', 'Nhóm phóng viên', 'CTV']) expect(bylineKind(name), name).toBe('role');
    const paper = { '@type': 'Organization' as const, name: 'Báo Lào Cai' };
    expect(bylineAgents(['Phóng viên'], paper)).toEqual([paper]);
    expect(bylineAgents(['TTH.VN', 'PV'], paper)).toEqual([{ '@type': 'Organization', name: 'TTH.VN' }]);
  });

  it('describes the site with its search as a SearchAction', () => {
    const site = siteJsonLd({
      name: 'Bảng Vàng',
      description: 'Tin thi đua',
      organisation: 'Ban Thi đua',
      url: 'https://x.vn/thi-dua/',
      searchUrl: 'https://x.vn/thi-dua/tim-kiem/',
    }) as Record<string, Record<string, unknown>>;
    expect(site['@type']).toBe('WebSite');
    expect(site['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://x.vn/thi-dua/tim-kiem/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });

  it('describes a decision as Legislation signed on its day in Vietnam, and a proposal as a page about it', () => {
    const base = {
      url: 'https://x.vn/khen-thuong/a/',
      title: 'Tặng Bằng khen',
      number: '156/QĐ-UBND',
      // 18 January 2024, 00:30 in Vietnam: still the 17th in UTC.
      signed: new Date('2024-01-17T17:30:00Z'),
      award: 'Bằng khen của Bộ, ban, ngành, tỉnh',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
      issuerUnit: 'Tỉnh Lào Cai',
      description: 'Bằng khen, 156/QĐ-UBND, 40 tập thể, cá nhân',
    };
    expect(decisionJsonLd({ ...base, status: 'quyet-dinh' })).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '156/QĐ-UBND',
      legislationDate: '2024-01-18',
      legislationPassedBy: { '@type': 'Organization', name: 'Chủ tịch Ủy ban nhân dân tỉnh — Tỉnh Lào Cai' },
      legislationLegalForce: 'https://schema.org/InForce',
      about: { name: 'Bằng khen của Bộ, ban, ngành, tỉnh' },
    });
    expect(decisionJsonLd({ ...base, status: 'thu-hoi' })).toMatchObject({
      legislationLegalForce: 'https://schema.org/NotInForce',
    });
    expect(decisionJsonLd({ ...base, number: '03/TTr-CTĐ1', status: 'de-nghi' })).toMatchObject({
      '@type': 'WebPage',
      about: { '@type': 'CreativeWork', identifier: '03/TTr-CTĐ1', dateCreated: '2024-01-18' },
    });
  });
});
