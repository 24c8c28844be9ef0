/**
 * Turn a zod issue into a bilingual message. Custom issues raised by our schemas carry their
 * own text in `params`; built-in ones are translated here.
 */
import type { z } from 'astro/zod';
import type { IssueParams } from '../schemas/common.ts';
import type { Message } from './diagnostic.ts';
import { closestMatches } from './suggest.ts';

export type IssueMessage = Message;

const TYPE_NAMES: Record<string, [vi: string, en: string]> = {
  string: ['chữ (văn bản)', 'text'],
  number: ['số', 'a number'],
  int: ['số nguyên', 'a whole number'],
  boolean: ['true hoặc false', 'true or false'],
  array: ['danh sách (mỗi mục một dòng bắt đầu bằng "- ")', 'a list (one "- " item per line)'],
  object: ['nhóm trường (các dòng thụt vào bên dưới)', 'a group of fields (indented lines below)'],
  date: ['ngày', 'a date'],
};

function show(value: unknown): string {
  if (value === undefined) return '(trống / empty)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}…` : value);
  if (Array.isArray(value)) return `[${value.length} mục / items]`;
  if (typeof value === 'object') return '{…}';
  return String(value);
}

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' && Number.isInteger(value) ? 'int' : typeof value;
}

/** Fields whose absence deserves more than "required": what to write, with an example. */
const MISSING_HINTS: Record<string, IssueMessage> = {
  alt: {
    vi: 'Ảnh thiếu lời mô tả (alt) cho người không xem được ảnh. Hãy thêm một câu tả ảnh, ví dụ: alt: Đại diện các phường ký giao ước thi đua.',
    en: 'The image has no alternative text (alt) for people who cannot see it. Add a sentence describing it, e.g. alt: Ward representatives sign the emulation covenant.',
  },
};

export function describeIssue(issue: z.core.$ZodIssue): IssueMessage {
  const input = (issue as { input?: unknown }).input;
  const last = issue.path[issue.path.length - 1];
  const hint = input === undefined && typeof last === 'string' ? MISSING_HINTS[last] : undefined;
  if (hint && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return hint;
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as IssueParams | undefined;
      if (params?.vi) {
        return {
          vi: params.vi,
          en: params.en,
          ...(params.found !== undefined
            ? { found: params.found }
            : input !== undefined && typeof input !== 'object'
              ? { found: show(input) }
              : {}),
          ...(params.allowedVi ? { allowedVi: params.allowedVi } : {}),
          ...(params.allowedEn ? { allowedEn: params.allowedEn } : {}),
        };
      }
      return { vi: `Giá trị không hợp lệ: ${issue.message}`, en: issue.message };
    }
    case 'invalid_type': {
      const [vi, en] = typeName(issue.expected);
      if (input === undefined) {
        return { vi: 'Thiếu trường bắt buộc.', en: 'This required field is missing.', allowedVi: vi, allowedEn: en };
      }
      const [foundVi, foundEn] = typeName(kindOf(input));
      return {
        vi: `Sai kiểu dữ liệu: cần ${vi}, nhưng đang là ${foundVi}.`,
        en: `Wrong type: expected ${en}, found ${foundEn}.`,
        found: show(input),
        allowedVi: vi,
        allowedEn: en,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const origin = issue.origin;
      if (origin === 'string') {
        const length = typeof input === 'string' ? [...input].length : undefined;
        if (small && (limit === 1 || length === 0)) return { vi: 'Không được để trống.', en: 'Must not be empty.' };
        return {
          vi: `${small ? 'Quá ngắn' : 'Quá dài'}: ${length ?? '?'} ký tự, ${small ? `cần ít nhất ${limit}` : `tối đa ${limit}`} ký tự.`,
          en: `Too ${small ? 'short' : 'long'}: ${length ?? '?'} characters, ${small ? `at least ${limit}` : `at most ${limit}`} allowed.`,
          ...(typeof input === 'string' ? { found: show(input) } : {}),
        };
      }
      if (origin === 'array') {
        return {
          vi: `Danh sách ${small ? `cần ít nhất ${limit}` : `có tối đa ${limit}`} mục.`,
          en: `The list needs ${small ? `at least ${limit}` : `at most ${limit}`} item(s).`,
          ...(Array.isArray(input) ? { found: `${input.length} mục / items` } : {}),
        };
      }
      return {
        vi: `Giá trị phải ${small ? 'từ' : 'không quá'} ${limit}.`,
        en: `The value must be ${small ? 'at least' : 'at most'} ${limit}.`,
        ...(input !== undefined ? { found: show(input) } : {}),
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (input === undefined) {
        return {
          vi: 'Thiếu trường bắt buộc.',
          en: 'This required field is missing.',
          allowedVi: values.join(', '),
          allowedEn: values.join(', '),
        };
      }
      const suggestions = typeof input === 'string' ? closestMatches(input, values) : [];
      return {
        vi: 'Giá trị không nằm trong danh sách cho phép.',
        en: 'The value is not one of those allowed.',
        found: show(input),
        allowedVi: values.join(', '),
        allowedEn: values.join(', '),
        ...(suggestions.length ? { suggestions } : {}),
      };
    }
    case 'invalid_format': {
      const params = (issue as { params?: IssueParams }).params;
      if (params?.vi) return { vi: params.vi, en: params.en, found: show(input) };
      const formats: Record<string, [string, string]> = {
        url: ['một địa chỉ web bắt đầu bằng https://', 'a web address starting with https://'],
        email: ['một địa chỉ email', 'an email address'],
      };
      const [vi, en] = formats[issue.format] ?? [`định dạng ${issue.format}`, `the ${issue.format} format`];
      return { vi: `Sai định dạng: cần ${vi}.`, en: `Wrong format: expected ${en}.`, found: show(input) };
    }
    case 'invalid_union': {
      const params = (issue as { params?: IssueParams }).params;
      if (params?.vi) return { vi: params.vi, en: params.en, found: show(input) };
      return {
        vi: 'Giá trị không đúng dạng nào được phép.',
        en: 'The value matches none of the allowed forms.',
        found: show(input),
      };
    }
    default:
      return {
        vi: `Giá trị không hợp lệ (${issue.code}).`,
        en: issue.message,
        ...(input !== undefined ? { found: show(input) } : {}),
      };
  }
}
