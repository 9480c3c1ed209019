import { describe, expect, it } from 'vitest';
import { translateSentences } from '../../../utils/translation/translate-sentences';
import { expectNotice } from './provider-test-server';

describe('translateSentences', () => {
  it('says so when no provider is configured, without any request', async () => {
    let called = false;
    const outcome = await translateSentences({ kind: 'none' }, ['Hi.'], 'en', 'de', (async () => {
      called = true;
      throw new Error('no');
    }) as typeof fetch);
    expectNotice(outcome, 'notice.translationNotConfigured');
    expect(called).toBe(false);
  });
});
