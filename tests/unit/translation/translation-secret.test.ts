/** The translation setting split into its API key and the rest, and joined back. */
import { describe, expect, it } from 'vitest';
import { joinTranslationSecret, splitTranslationSecret } from '../../../utils/translation/translation-secret.ts';

describe('splitTranslationSecret', () => {
  it('takes the key out of a setting, naming the provider it belongs to', () => {
    expect(splitTranslationSecret({ kind: 'deepl', apiKey: 'k:fx', endpoint: 'https://d.example' })).toEqual({
      open: { kind: 'deepl', endpoint: 'https://d.example' },
      secret: { kind: 'deepl', apiKey: 'k:fx' },
    });
    expect(splitTranslationSecret({ kind: 'libretranslate', url: 'https://lt.example', apiKey: 'lk' })).toEqual({
      open: { kind: 'libretranslate', url: 'https://lt.example' },
      secret: { kind: 'libretranslate', apiKey: 'lk' },
    });
  });

  it('leaves a setting without a key as it is', () => {
    for (const value of [
      { kind: 'none' },
      { kind: 'chrome' },
      { kind: 'libretranslate', url: 'https://lt.example' },
      undefined,
      null,
      'deepl',
      [1],
    ]) {
      expect(splitTranslationSecret(value)).toEqual({ open: value, secret: null });
    }
    expect(splitTranslationSecret({ kind: 'libretranslate', url: 'u', apiKey: undefined })).toEqual({
      open: { kind: 'libretranslate', url: 'u' },
      secret: null,
    });
  });

  it('moves any stored key, even one this version would not accept: nothing is lost', () => {
    expect(splitTranslationSecret({ kind: 'deepl', apiKey: 'a\nb' }).secret).toEqual({ kind: 'deepl', apiKey: 'a\nb' });
    expect(splitTranslationSecret({ kind: 'deepl', apiKey: 42 }).secret).toEqual({ kind: 'deepl', apiKey: 42 });
  });
});

describe('joinTranslationSecret', () => {
  it('puts the key back on the setting of the same provider', () => {
    const { open, secret } = splitTranslationSecret({ kind: 'deepl', apiKey: 'k:fx' });
    expect(joinTranslationSecret(open, secret)).toEqual({ kind: 'deepl', apiKey: 'k:fx' });
  });

  it("never gives one provider another's key", () => {
    const open = { kind: 'libretranslate', url: 'https://lt.example' };
    expect(joinTranslationSecret(open, { kind: 'deepl', apiKey: 'k:fx' })).toEqual(open);
    expect(joinTranslationSecret({ kind: 'none' }, { kind: 'deepl', apiKey: 'k:fx' })).toEqual({ kind: 'none' });
  });

  it('keeps the key a value still holds (as earlier versions stored it), and ignores odd secrets', () => {
    const legacy = { kind: 'deepl', apiKey: 'old:fx' };
    expect(joinTranslationSecret(legacy, { kind: 'deepl', apiKey: 'other' })).toEqual(legacy);
    for (const odd of [undefined, null, 'k', { kind: 'deepl' }])
      expect(joinTranslationSecret({ kind: 'deepl' }, odd)).toEqual({ kind: 'deepl' });
  });
});
