import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, validateProviderConfig, validateTranslationSetting } from '../../../utils/translation/translation-setting';

describe('translation settings', () => {
  it('accepts only http(s) server addresses without credentials, query or fragment', () => {
    expect(normalizeServerUrl(' https://translate.example.org/ ')).toBe('https://translate.example.org');
    expect(normalizeServerUrl('http://127.0.0.1:5000/lt/')).toBe('http://127.0.0.1:5000/lt');
    for (const bad of ['', 'translate.example.org', 'ftp://x.org', 'javascript:alert(1)', 'https://u:p@x.org', 'https://x.org/?a=1', 'file:///etc/passwd']) {
      expect(normalizeServerUrl(bad), bad).toBeNull();
    }
  });

  it('validates what storage holds', () => {
    expect(validateProviderConfig({ kind: 'none' })).toEqual({ kind: 'none' });
    expect(validateProviderConfig({ kind: 'deepl', apiKey: ' k:fx ' })).toEqual({ kind: 'deepl', apiKey: 'k:fx' });
    expect(validateProviderConfig({ kind: 'deepl', apiKey: '' })).toBeNull();
    expect(validateProviderConfig({ kind: 'deepl', apiKey: 'a\nb' })).toBeNull();
    expect(validateProviderConfig({ kind: 'deepl', apiKey: 'k', endpoint: 'ftp://x' })).toBeNull();
    expect(validateProviderConfig({ kind: 'libretranslate', url: 'https://lt.example/', apiKey: '' })).toEqual({ kind: 'libretranslate', url: 'https://lt.example' });
    expect(validateProviderConfig({ kind: 'libretranslate', url: 'javascript:1' })).toBeNull();
    expect(validateProviderConfig({ kind: 'chrome' })).toBeNull();
    expect(validateTranslationSetting({ kind: 'chrome', extra: 1 })).toEqual({ kind: 'chrome' });
    for (const junk of [null, undefined, 'deepl', 42, [], { kind: 'google' }]) expect(validateProviderConfig(junk)).toBeNull();
  });
});
