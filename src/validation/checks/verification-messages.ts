/** The messages of the verification-code check (validation/checks/verification-codes.ts), Vietnamese first and English after. */
import type { Message } from '../diagnostic.ts';

export const codeMessages = {
  pinnedTwice: (code: string, written: string, firstName: string, where: string): Message => ({
    vi: `Mã xác minh ${code} đã được ghi cho ${firstName} (${where}); mỗi mã chỉ thuộc về một người hoặc một tập thể. Hãy xóa hoặc sửa một trong hai mã.`,
    en: `The verification code ${code} is already written on ${firstName} (${where}); a code belongs to one recipient only. Remove or correct one of the two.`,
    found: written,
  }),

  pinnedIsDerived: (
    code: string,
    written: string,
    name: string,
    otherName: string,
    where: string,
    next: string,
  ): Message => ({
    vi: `Mã xác minh ${code} ghi cho ${name} là mã tự sinh của ${otherName} (${where}), có thể đã được in trên giấy khen. Nếu mã này đã in cho ${name}, hãy ghi cho ${otherName} dòng code: ${next}; nếu không, hãy xóa mã ghi cho ${name}.`,
    en: `The verification code ${code} written on ${name} is the code ${otherName} (${where}) is given, which may already be printed on a certificate. If it was printed for ${name}, write code: ${next} on ${otherName}'s row; otherwise remove the code written on ${name}.`,
    found: written,
  }),

  pinnedOnProposal: (code: string): Message => ({
    vi: 'Đề nghị khen thưởng (status: de-nghi) chưa phải là khen thưởng nên không có mã xác minh. Hãy xóa trường code.',
    en: 'A proposal (status: de-nghi) is not an award, so it has no verification code. Remove the code field.',
    found: code,
  }),

  derivedTwice: (
    code: string,
    name: string,
    keeperName: string,
    where: string,
    next: string,
    why: 'signed-first' | 'same-day' | 'listed-first',
  ): Message => {
    const because = {
      'signed-first': { vi: 'quyết định ký trước', en: 'its decision was signed first' },
      'same-day': {
        vi: 'quyết định ký cùng ngày, số đứng trước',
        en: 'its decision, signed the same day, comes first by number',
      },
      'listed-first': { vi: 'đứng trước trong cùng quyết định', en: 'it comes first in the same decision' },
    }[why];
    return {
      vi: `${name} và ${keeperName} (${where}) được sinh cùng một mã xác minh ${code}. ${keeperName} giữ mã này (${because.vi}), ${name} nhận mã ${next}. Để mã không bao giờ đổi, hãy ghi cho ${name} dòng code: ${next}.`,
      en: `${name} and ${keeperName} (${where}) drew the same verification code ${code}. ${keeperName} keeps it (${because.en}) and ${name} gets ${next}. So that it never changes, write code: ${next} on ${name}'s row.`,
    };
  },
};
