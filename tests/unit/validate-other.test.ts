import { describe, expect, it } from 'vitest';
import { FILES, SITE, errorsOf, sources, validate, withField } from '../helpers/mini-site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const UNIT = 'content/units/tp-nam-dinh.yaml';
const CLUSTER = 'content/clusters/cum-1-2026.yaml';
const MOVEMENT = 'content/movements/chuyen-doi-so.yaml';
const EXEMPLAR = 'content/exemplars/nguyen-thi-hoa.md';

describe('units', () => {
  it('checks the type and suggests the closest', () => {
    const [error] = errorsOf(withField(UNIT, 'type', 'thanhpho'));
    expect(error).toMatchObject({ field: 'type', line: 2 });
    expect(error?.suggestions?.[0]).toBe('thanh-pho');
  });

  it('checks parent and successor references', () => {
    expect(errorsOf(withField(UNIT, 'successor', 'phuong-dong-b'))[0]).toMatchObject({ field: 'successor' });
    expect(errorsOf(withField(UNIT, 'parent', 'tinh-nam-dinh'))[0]).toMatchObject({ field: 'parent' });
    expect(errorsOf(withField(UNIT, 'parent', 'tinh-ninh-binh'))).toEqual([]);
  });

  it('requires validTo when there is a successor, not before validFrom', () => {
    expect(errorsOf(withField(UNIT, 'validTo', null))[0]).toMatchObject({ field: 'validTo' });
    expect(errorsOf(withField(UNIT, 'validFrom', '2025-07-01'))[0]).toMatchObject({ field: 'validTo' });
    expect(errorsOf(withField(UNIT, 'validFrom', '1921-10-17'))).toEqual([]);
  });

  it('checks former names and their dates', () => {
    const bad = (FILES[UNIT] as string).replace('until: 1921-10-16', 'until: 1921-10-32');
    expect(errorsOf({ [UNIT]: bad })[0]).toMatchObject({ field: 'formerNames.0.until', line: 7 });
  });

  it('checks the website address', () => {
    expect(errorsOf(withField(UNIT, 'website', 'namdinh.gov.vn'))[0]).toMatchObject({ field: 'website' });
    expect(errorsOf(withField(UNIT, 'website', 'https://namdinh.gov.vn'))).toEqual([]);
  });

  it('suggests a unit by its former name', () => {
    const story = 'content/articles/2026/hoi-nghi-cum-1.md';
    const [error] = errorsOf(withField(story, 'units', '[thi-xa-nam-dinh]'));
    expect(error?.suggestions?.[0]).toBe('tp-nam-dinh (Thành phố Nam Định)');
  });
});

describe('clusters', () => {
  it('checks kind, year and members', () => {
    expect(errorsOf(withField(CLUSTER, 'kind', 'nhom'))[0]).toMatchObject({ field: 'kind' });
    expect(errorsOf(withField(CLUSTER, 'year', '"2026"'))[0]).toMatchObject({ field: 'year' });
    expect(errorsOf(withField(CLUSTER, 'year', '2026.5'))[0]).toMatchObject({ field: 'year' });
    expect(errorsOf(withField(CLUSTER, 'members', '[phuong-hoa-lu]'))[0]).toMatchObject({ field: 'members' });
    expect(errorsOf(withField(CLUSTER, 'members', '[phuong-hoa-lu, phuong-dong-a, phuong-tam-diep]'))[0]).toMatchObject(
      {
        field: 'members.2',
      },
    );
  });

  it('requires the leader and deputy to be members', () => {
    expect(errorsOf(withField(CLUSTER, 'leader', 'tinh-ninh-binh'))[0]).toMatchObject({ field: 'leader' });
    expect(errorsOf(withField(CLUSTER, 'deputy', 'tinh-ninh-binh'))[0]).toMatchObject({ field: 'deputy' });
  });

  it('rejects a member listed twice', () => {
    expect(errorsOf(withField(CLUSTER, 'members', '[phuong-hoa-lu, phuong-dong-a, phuong-hoa-lu]'))[0]).toMatchObject({
      field: 'members.2',
    });
  });
});

describe('movements', () => {
  it('requires a start date and an end not before it', () => {
    expect(errorsOf(withField(MOVEMENT, 'start', null))[0]).toMatchObject({ field: 'start' });
    expect(errorsOf(withField(MOVEMENT, 'end', '2025-02-28'))[0]).toMatchObject({ field: 'end' });
    expect(errorsOf(withField(MOVEMENT, 'end', '2030-12-31'))).toEqual([]);
  });

  it('bounds the description and checks the unit', () => {
    expect(errorsOf(withField(MOVEMENT, 'description', 'Ngắn.'))[0]).toMatchObject({ field: 'description' });
    expect(errorsOf(withField(MOVEMENT, 'unit', 'chinh-phu'))[0]).toMatchObject({ field: 'unit' });
  });
});

describe('exemplars', () => {
  it('requires the unit and checks it exists', () => {
    expect(errorsOf(withField(EXEMPLAR, 'unit', null))[0]).toMatchObject({ field: 'unit' });
    expect(errorsOf(withField(EXEMPLAR, 'unit', 'phuong-hoa'))[0]?.suggestions?.[0]).toBe(
      'phuong-hoa-lu (Phường Hoa Lư)',
    );
  });

  it('checks kind, year, summary length and awards', () => {
    expect(errorsOf(withField(EXEMPLAR, 'kind', 'canhan'))[0]?.suggestions).toContain('ca-nhan');
    expect(errorsOf(withField(EXEMPLAR, 'year', '"2025"'))[0]).toMatchObject({ field: 'year' });
    expect(errorsOf(withField(EXEMPLAR, 'summary', JSON.stringify('x'.repeat(401))))[0]).toMatchObject({
      field: 'summary',
    });
    expect(errorsOf(withField(EXEMPLAR, 'summary', JSON.stringify('x'.repeat(400))))).toEqual([]);
    expect(errorsOf(withField(EXEMPLAR, 'awards', '[khong-co]'))[0]).toMatchObject({ field: 'awards.0' });
  });

  it('requires alt text on the portrait', () => {
    const errors = errorsOf(withField(EXEMPLAR, 'portrait', '{ image: ./hoa.jpg }'), ['content/exemplars/hoa.jpg']);
    expect(errors).toEqual([expect.objectContaining({ field: 'portrait.alt' })]);
  });

  it("requires a note of the person's consent with a portrait", () => {
    const portrait = withField(EXEMPLAR, 'portrait', '{ image: ./hoa.jpg, alt: Chân dung chị Hoa }');
    const errors = errorsOf(portrait, ['content/exemplars/hoa.jpg']);
    expect(errors).toEqual([expect.objectContaining({ field: 'consent', line: 2 })]);
    expect(errors[0]?.vi).toContain('phải ghi sự đồng ý của người trong ảnh');
    expect(errors[0]?.en).toContain('A portrait needs a note of the consent of the person shown');
    const consented = (portrait[EXEMPLAR] as string)
      .replace('---\n\n', '---\n')
      .replace(/\n---\n/, '\nconsent: Chị Hoa đồng ý bằng văn bản ngày 12/3/2026\n---\n');
    expect(errorsOf({ [EXEMPLAR]: consented }, ['content/exemplars/hoa.jpg'])).toEqual([]);
    expect(errorsOf(withField(EXEMPLAR, 'consent', 'Đồng ý bằng văn bản'))).toEqual([]);
  });
});

describe('site.yaml', () => {
  it('is required', () => {
    const result = validateContent(sources({}, null), { contentDir: 'content', fileExists: () => false });
    expect(result.diagnostics[0]).toMatchObject({ file: 'content/site.yaml', severity: 'error' });
  });

  it('checks the url and the demo flag', () => {
    const run = (text: string) =>
      validateContent(sources({}, text), { contentDir: 'content', fileExists: () => false });
    expect(run(SITE.replace('https://example.vn', 'example.vn')).diagnostics[0]).toMatchObject({ field: 'url' });
    expect(run(`${SITE}demo: có\n`).diagnostics[0]).toMatchObject({ field: 'demo' });
    expect(run(`${SITE}demo: true\n`).site?.demo).toBe(true);
    expect(run(SITE).site?.demo).toBe(false);
  });

  it('checks the English page, the related portals and the open-data licence, with defaults', () => {
    const run = (text: string) =>
      validateContent(sources({}, `${SITE}${text}`), { contentDir: 'content', fileExists: () => false });
    const plain = run('').site;
    expect(plain?.english).toBeUndefined();
    expect(plain?.relatedPortals).toEqual([]);
    expect(plain?.openData.licence).toBe('CC-BY-4.0');
    const english = [
      'english:',
      '  name: Emulation and Commendation Board',
      '  organisation: A specialised body under the provincial People’s Committee.',
      '  duties: [Advise the Committee on awards.]',
      '  contacts:',
      '    - { name: Trần Minh Đức, position: Head of the Board, phone: +84 229 387 1234, email: duc@example.gov.vn }',
      '',
    ].join('\n');
    expect(run(english).diagnostics).toEqual([]);
    // Decree 42 lists each contact's telephone and official e-mail: both required.
    const noEmail = english.replace(', email: duc@example.gov.vn', '');
    expect(run(noEmail).diagnostics).toEqual([
      expect.objectContaining({ file: 'content/site.yaml', line: 10, field: 'english.contacts.0.email' }),
    ]);
    const portals = 'relatedPortals:\n  - { name: Cổng Thông tin điện tử Chính phủ, url: http://chinhphu.vn }\n';
    expect(run(portals).diagnostics).toEqual([expect.objectContaining({ field: 'relatedPortals.0.url' })]);
    expect(run(portals.replace('http:', 'https:')).site?.relatedPortals).toHaveLength(1);
    const licence = run('openData:\n  licence: CC-BY-SA\n').diagnostics[0];
    expect(licence).toMatchObject({ field: 'openData.licence', found: '"CC-BY-SA"' });
    expect(licence?.suggestions).toContain('CC-BY-4.0');
  });
});

describe('across the whole tree', () => {
  it('reports every error of the content together', () => {
    const errors = errorsOf({
      ...withField(UNIT, 'type', 'thanhpho'),
      ...withField(CLUSTER, 'kind', 'nhom'),
      ...withField(MOVEMENT, 'start', '2025-13-01'),
    });
    expect(errors.map((e) => e.file).sort()).toEqual([CLUSTER, MOVEMENT, UNIT]);
  });

  it('does not cascade: a broken unit file is still a known id for references', () => {
    const errors = errorsOf(withField('content/units/phuong-hoa-lu.yaml', 'type', 'phuongg'));
    expect(errors.map((e) => e.file)).toEqual(['content/units/phuong-hoa-lu.yaml']);
  });

  it('ignores nothing silently: a stray file in a collection folder is a warning', () => {
    const result = validate({ 'content/units/ghi-chu.txt': 'ghi chú' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'content/units/ghi-chu.txt' }),
    ]);
  });

  it('rejects invisible characters pasted from Word', () => {
    const errors = errorsOf(withField(MOVEMENT, 'name', 'Chuyển\u200Bđổi số'));
    expect(errors[0]).toMatchObject({ field: 'name' });
    expect(errors[0]?.vi).toContain('U+200B');
  });
});

describe('rules not covered above', () => {
  const AWARD = 'content/awards/bang-khen-2025.yaml';
  it('checks the cluster organiser and the movement launcher', () => {
    expect(errorsOf(withField(CLUSTER, 'organiser', 'tinh-nam-dinh'))[0]).toMatchObject({ field: 'organiser' });
    expect(errorsOf(withField(MOVEMENT, 'launchedBy', null))[0]).toMatchObject({ field: 'launchedBy' });
  });

  it('takes a decision scan as a file of the site (which must exist) or a web address', () => {
    expect(errorsOf(withField(AWARD, 'document', '/files/qd-123.pdf'), ['public/files/qd-123.pdf'])).toEqual([]);
    expect(errorsOf(withField(AWARD, 'document', 'https://vanban.ninhbinh.gov.vn/qd-123.pdf'))).toEqual([]);
    expect(errorsOf(withField(AWARD, 'document', 'qd-123.pdf'))[0]).toMatchObject({ field: 'document' });
    expect(errorsOf(withField(AWARD, 'document', 'qd-123.pdf'), ['content/awards/qd-123.pdf'])).toEqual([]);
  });
});

describe('unit history loops', () => {
  it('reports successor and parent links that loop back', () => {
    const loop = withField('content/units/phuong-dong-a.yaml', 'successor', 'tp-nam-dinh');
    loop['content/units/phuong-dong-a.yaml'] += 'validTo: 2030-01-01\n';
    const errors = errorsOf(loop);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('successor');
    expect(errors[0]?.vi).toMatch(
      /Vòng lặp sáp nhập: .*phuong-dong-a.*tp-nam-dinh|Vòng lặp sáp nhập: .*tp-nam-dinh.*phuong-dong-a/,
    );
    const parents = errorsOf(withField('content/units/tinh-ninh-binh.yaml', 'parent', 'phuong-hoa-lu'));
    expect(parents).toHaveLength(1);
    expect(parents[0]?.field).toBe('parent');
  });
});
