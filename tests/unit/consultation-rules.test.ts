/**
 * The award taxonomy says which awards need public comment and for how long: Decree 98/2023
 * Art. 46 (amended by Decree 152/2025) covers orders, state honorary titles, Chiến sĩ thi đua
 * toàn quốc and the Hồ Chí Minh / State prizes, 10 working days; nothing else by default.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationRuleOf, taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { sources, TAXONOMY_TEXT } from '../helpers/mini-site.ts';

const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));

describe('the minimum window of each award', () => {
  it('is 10 working days under Decree 98/2023 Art. 46 for the state awards it lists', () => {
    const covered = taxonomy.awards.filter((award) => consultationRuleOf(taxonomy, award.id));
    const expected = taxonomy.awards.filter(
      (award) =>
        ['huan-chuong', 'danh-hieu-vinh-du', 'giai-thuong'].includes(award.group) ||
        award.id === 'chien-si-thi-dua-toan-quoc',
    );
    expect(covered.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(covered.length).toBe(25);
    for (const award of covered) {
      expect(consultationRuleOf(taxonomy, award.id)).toMatchObject({
        workingDays: 10,
        basis: expect.stringContaining('Điều 46 Nghị định 98/2023/NĐ-CP'),
        basisEn: expect.stringContaining('Decree 98/2023/NĐ-CP, Art. 46'),
      });
    }
  });

  it('is none for medals, certificates and provincial titles', () => {
    for (const id of [
      'huy-chuong-chien-si-ve-vang',
      'bang-khen-thu-tuong',
      'bang-khen-bo-tinh',
      'co-thi-dua-chinh-phu',
    ]) {
      expect(consultationRuleOf(taxonomy, id)).toBeUndefined();
    }
  });

  it('is checked: an award naming a rule that is not listed is reported with its line', () => {
    const broken = TAXONOMY_TEXT.replace(
      'verified: false\n    consultation: nd-98-2023-dieu-46',
      'verified: false\n    consultation: nd-98-dieu-46',
    );
    const result = validateContent(
      { ...sources(), taxonomy: { path: 'src/data/award-taxonomy.yaml', text: broken } },
      { contentDir: 'content', fileExists: () => false },
    );
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      field: 'awards.0.consultation',
      found: 'nd-98-dieu-46',
      allowedVi: 'nd-98-2023-dieu-46',
    });
  });
});
