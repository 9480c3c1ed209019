import { describe, expect, it } from 'vitest';
import { translateSentences } from '../../../utils/translation/translate-sentences.ts';
import { expectNotice } from './provider-test-server.ts';

describe('translateSentences', () => {
  it('says so when no provider is configured, without any request', async () => {
    let called = false;
    const outcome = await translateSentences({ kind: 'none' }, ['Hi.'], 'en', 'de', async () => {
      called = true;
      throw new Error('no');
    });
    expectNotice(outcome, 'notice.translationNotConfigured');
    expect(called).toBe(false);
  });

  it('sends nothing to an http:// server of another computer', async () => {
    let called = false;
    const fetchFn = (async () => {
      called = true;
      throw new Error('no');
    }) as typeof fetch;
    const libre = await translateSentences(
      { kind: 'libretranslate', url: 'http://lt.example.org', apiKey: 'k' },
      ['Hi.'],
      'en',
      'de',
      fetchFn,
    );
    expectNotice(libre, 'notice.translationInsecureServer');
    const deepl = await translateSentences(
      { kind: 'deepl', apiKey: 'k:fx', endpoint: 'http://deepl.example' },
      ['Hi.'],
      'en',
      'de',
      fetchFn,
    );
    expectNotice(deepl, 'notice.translationInsecureServer');
    expect(called).toBe(false);
  });
});
