/**
 * The Nu checker gate's verdict (scripts/nu/known-warnings.ts): only the one justified warning
 * (a JSON data block taken for a script under the page's policy) passes; every other warning,
 * every error and a page the checker could not read fail the gate.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describe as line, judge, type NuMessage } from '../../scripts/nu/known-warnings.ts';

const CSP_INLINE =
  'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).';

/** A warning as vnu reports it, highlighting `tag` in its extract. */
function warning(message: string, tag: string): NuMessage {
  const extract = `ndex.xml">${tag}[{"@co`;
  return {
    type: 'info',
    subType: 'warning',
    url: '/tin-tuc/a/',
    message,
    extract,
    hiliteStart: 10,
    hiliteLength: tag.length,
    lastLine: 1,
    firstColumn: 2029,
  };
}

describe('the Nu gate', () => {
  it('lets JSON data blocks through, and nothing else that looks like them', () => {
    const verdict = judge([
      warning(CSP_INLINE, '<script type="application/ld+json">'),
      warning(CSP_INLINE, '<script type="application/json" id="search-strings">'),
      warning(CSP_INLINE, '<script type="module">'),
      warning(CSP_INLINE, '<script>'),
    ]);
    expect(verdict.known).toEqual(new Map([['data-block', 2]]));
    expect(verdict.problems.map((m) => m.extract?.slice(10, 30))).toEqual(['<script type="module', '<script>[{"@co']);
  });

  it('fails on every error, other warning and unreadable page; ignores plain notes', () => {
    const verdict = judge([
      { type: 'error', message: 'Stray start tag “script”.', url: '/tim-kiem/' },
      warning('Duplicate “dt” name “Biên tập viên” in “dl” element.', '<dt>'),
      warning(
        'Resource violates Content Security Policy (meta tag): image “/a.jpg” blocked by “img-src” directive.',
        '<img>',
      ),
      { type: 'non-document-error', subType: 'io', message: 'HTTP resource not retrievable.', url: '/x/' },
      { type: 'info', message: 'The first occurrence of “dt” name “Biên tập viên” was here.' },
    ]);
    expect(verdict.problems).toHaveLength(4);
    expect(verdict.known.size).toBe(0);
    expect(line(verdict.problems[0] as NuMessage)).toBe('/tim-kiem/ lỗi / error: Stray start tag “script”.');
  });

  it('lets an inline style through only when its exact text is hashed in the page’s policy', () => {
    const css = '.a{color:red}\n';
    const hash = createHash('sha256').update(css).digest('base64');
    const page = (policyHash: string) =>
      `<!doctype html><html lang="vi"><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-${policyHash}';">\n<style>${css}</style></head></html>`;
    // vnu: the start tag ends on line 2, column 7; it hashed the text trimmed and warned.
    const message: NuMessage = {
      type: 'info',
      subType: 'warning',
      url: '/xac-minh/',
      message:
        'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
      lastLine: 2,
      lastColumn: 7,
    };
    expect(judge([message], () => page(hash)).known).toEqual(new Map([['exact-hash', 1]]));
    const trimmed = createHash('sha256').update(css.trim()).digest('base64');
    expect(judge([message], () => page(trimmed)).problems).toHaveLength(1);
    expect(judge([message]).problems).toHaveLength(1);
  });
});
