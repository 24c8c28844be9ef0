/**
 * The editor's Vietnamese: the strings Sveltia's vi.json lacks are filled in what /admin serves
 * (never replacing Sveltia's own), and the script that makes Vietnamese the first language
 * keeps an officer's own choice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillVietnameseGaps, VIETNAMESE_GAPS } from '../../src/cms/vietnamese-gaps.ts';
import { PREFS_KEY, VIETNAMESE_FIRST_SCRIPT } from '../../src/cms/vietnamese-first.ts';

const read = (locale: string) => readFileSync(`node_modules/@sveltia/cms/locales/${locale}.json`, 'utf8');
const at = (strings: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], strings);

describe('the Vietnamese the editor is served', () => {
  const english = JSON.parse(read('en-US')) as unknown;
  const sveltia = JSON.parse(read('vi')) as unknown;
  const served = JSON.parse(fillVietnameseGaps(read('vi'))) as unknown;

  it('fills strings Sveltia uses and has not translated, and only those', () => {
    for (const path of Object.keys(VIETNAMESE_GAPS)) {
      expect(typeof at(english, path), `${path} is a Sveltia string`).toBe('string');
      // When a new Sveltia translates one of these, drop ours: theirs is the one served.
      expect(at(sveltia, path), `${path} is missing from Sveltia's vi.json`).toBeUndefined();
      expect(at(served, path)).toBe(VIETNAMESE_GAPS[path]);
    }
  });

  it('keeps every string Sveltia translated', () => {
    expect(at(served, 'sign_in_using_access_token')).toBe(at(sveltia, 'sign_in_using_access_token'));
    expect(at(served, 'workflow.send_for_review')).toBe('Gửi duyệt');
    const filled = JSON.parse(fillVietnameseGaps(JSON.stringify({ folders: 'Các thư mục' }))) as unknown;
    expect(at(filled, 'folders')).toBe('Các thư mục');
  });

  it('makes Vietnamese the first choice without overriding the officer’s own', () => {
    const run = (stored: string | null) => {
      const storage = new Map<string, string>(stored === null ? [] : [[PREFS_KEY, stored]]);
      const localStorage = {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => storage.set(key, value),
      };
      new Function('localStorage', VIETNAMESE_FIRST_SCRIPT)(localStorage);
      return JSON.parse(storage.get(PREFS_KEY) ?? 'null') as unknown;
    };
    expect(run(null)).toEqual({ locale: 'vi' });
    expect(run('{"theme":"dark"}')).toEqual({ theme: 'dark', locale: 'vi' });
    expect(run('{"locale":"en-US"}')).toEqual({ locale: 'en-US' });
  });
});
