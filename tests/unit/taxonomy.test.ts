import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { TAXONOMY_TEXT } from '../helpers/mini-site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { sources } from '../helpers/mini-site.ts';

describe('the award taxonomy data file', () => {
  const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));

  it('has unique ids', () => {
    const ids = taxonomy.awards.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes the titles the seed stories mention', () => {
    const names = taxonomy.awards.map((a) => a.name);
    for (const name of [
      'Cờ Thi đua xuất sắc',
      'Cờ Đơn vị dẫn đầu phong trào thi đua',
      'Công dân tiêu biểu',
      'Công dân danh dự',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('gives classes to the orders that have them and not to the others', () => {
    const byId = new Map(taxonomy.awards.map((a) => [a.id, a]));
    expect(byId.get('huan-chuong-lao-dong')?.classes).toEqual(['hang-nhat', 'hang-nhi', 'hang-ba']);
    expect(byId.get('huan-chuong-sao-vang')?.classes).toBeUndefined();
    expect(byId.get('co-thi-dua-chinh-phu')?.kinds).toEqual(['tap-the']);
    expect(byId.get('chien-si-thi-dua-co-so')?.kinds).toEqual(['ca-nhan']);
    expect(byId.get('gia-dinh-van-hoa')?.kinds).toEqual(['ho-gia-dinh']);
  });

  it('is itself validated: an award naming an unknown issuer is reported with its line', () => {
    const broken = TAXONOMY_TEXT.replace(
      'issuers: [thu-tuong]\n    article: Điều 19',
      'issuers: [thu-tuong-cp]\n    article: Điều 19',
    );
    const result = validateContent(
      { ...sources(), taxonomy: { path: 'src/data/award-taxonomy.yaml', text: broken } },
      {
        contentDir: 'content',
        fileExists: () => false,
      },
    );
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: 'src/data/award-taxonomy.yaml', field: 'awards.0.issuers.0' });
    expect(result.diagnostics[0]?.line).toBeGreaterThan(30);
  });
});
