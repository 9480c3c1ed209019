// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  parseArticleSeen,
  parseExtractRequest,
  parseOffscreenAlignMessage,
  parsePageReport,
  parsePanelCommand,
} from '../../utils/messaging.ts';
import { MAX_HTML_CHARS } from '../../utils/page/page-html.ts';

const report = {
  type: 'page',
  url: 'https://news.example/a',
  isArticle: true,
  signals: ['json-ld'],
  declaredLang: 'en',
  alternates: [{ lang: 'de', url: 'https://news.example/de/a' }],
  html: '<html></html>',
};

describe('message validation', () => {
  it('accepts a well-formed page report', () => {
    expect(parsePageReport(report)).toEqual(report);
  });

  it.each([
    ['a non-http page', { ...report, url: 'file:///etc/passwd' }],
    ['a javascript: alternate', { ...report, alternates: [{ lang: 'de', url: 'javascript:alert(1)' }] }],
    ['a bad language code', { ...report, alternates: [{ lang: 'de"><script>', url: 'https://x.example/' }] }],
    ['an oversized page', { ...report, html: 'x'.repeat(MAX_HTML_CHARS + 1) }],
    ['a missing flag', { ...report, isArticle: 'yes' }],
    ['another type', { ...report, type: 'other' }],
    ['nothing', null],
  ])('rejects %s', (_, value) => {
    expect(parsePageReport(value)).toBeNull();
  });

  it('validates panel commands', () => {
    expect(parsePanelCommand({ type: 'watch', tabId: 3 })).toEqual({ type: 'watch', tabId: 3 });
    expect(parsePanelCommand({ type: 'watch', tabId: -1 })).toBeNull();
    expect(parsePanelCommand({ type: 'watch', tabId: '3' })).toBeNull();
    expect(parsePanelCommand({ type: 'choose-language', lang: 'de' })).toEqual({ type: 'choose-language', lang: 'de' });
    expect(parsePanelCommand({ type: 'choose-language', lang: 'German' })).toBeNull();
    expect(parsePanelCommand({ type: 'paste', text: 42 })).toBeNull();
    expect(parsePanelCommand({ type: 'locate', index: 1.5 })).toBeNull();
    expect(parsePanelCommand({ type: 'eval', code: '1' })).toBeNull();
  });

  it("validates the content script's article-seen message and extraction requests", () => {
    expect(parseArticleSeen({ type: 'article-seen', url: 'https://a.example/story' })).toEqual({
      type: 'article-seen',
      url: 'https://a.example/story',
    });
    expect(parseArticleSeen({ type: 'article-seen', url: 'javascript:alert(1)' })).toBeNull();
    expect(parseArticleSeen({ type: 'article-seen' })).toBeNull();
    expect(parseArticleSeen({ type: 'page', url: 'https://a.example/' })).toBeNull();
    expect(
      parseExtractRequest({ target: 'offscreen', type: 'extract', html: '<p>', url: 'https://a.example/' }),
    ).not.toBeNull();
    expect(
      parseExtractRequest({ target: 'offscreen', type: 'extract', html: '<p>', url: 'chrome://settings' }),
    ).toBeNull();
  });

  it('offscreen alignment messages: a well-formed request or cancellation only', () => {
    const text = { lang: 'en', sentences: ['One.'], paragraphOf: [0] };
    const request = { id: 3, a: text, b: { ...text, lang: 'de' } };
    expect(parseOffscreenAlignMessage({ target: 'offscreen', type: 'align', request })).toEqual({
      target: 'offscreen',
      type: 'align',
      request,
    });
    expect(parseOffscreenAlignMessage({ target: 'offscreen', type: 'align-cancel', id: 3 })).toEqual({
      target: 'offscreen',
      type: 'align-cancel',
      id: 3,
    });
    expect(parseOffscreenAlignMessage({ target: 'offscreen', type: 'align-cancel', id: 'x' })).toBeNull();
    expect(
      parseOffscreenAlignMessage({
        target: 'offscreen',
        type: 'align',
        request: { ...request, a: { ...text, paragraphOf: [] } },
      }),
    ).toBeNull();
    expect(parseOffscreenAlignMessage({ type: 'align', request })).toBeNull();
    expect(
      parseOffscreenAlignMessage({ target: 'offscreen', type: 'extract', html: '', url: 'https://a.example/' }),
    ).toBeNull();
  });
});
