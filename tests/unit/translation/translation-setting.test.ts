import { describe, expect, it } from 'vitest';
import {
  insecureServerOf,
  isLoopbackHost,
  normalizeServerUrl,
  serverUrlProblem,
  validateProviderConfig,
  validateTranslationSetting,
} from '../../../utils/translation/translation-setting.ts';

describe('translation settings', () => {
  it('accepts only http(s) server addresses without credentials, query or fragment', () => {
    expect(normalizeServerUrl(' https://translate.example.org/ ')).toBe('https://translate.example.org');
    expect(normalizeServerUrl('http://127.0.0.1:5000/lt/')).toBe('http://127.0.0.1:5000/lt');
    for (const bad of [
      '',
      'translate.example.org',
      'ftp://x.org',
      'javascript:alert(1)',
      'https://u:p@x.org',
      'https://x.org/?a=1',
      'file:///etc/passwd',
    ]) {
      expect(normalizeServerUrl(bad), bad).toBeNull();
    }
  });

  it('validates what storage holds', () => {
    expect(validateProviderConfig({ kind: 'none' })).toEqual({ kind: 'none' });
    expect(validateProviderConfig({ kind: 'deepl', apiKey: ' k:fx ' })).toEqual({ kind: 'deepl', apiKey: 'k:fx' });
    expect(validateProviderConfig({ kind: 'deepl', apiKey: '' })).toBeNull();
    expect(validateProviderConfig({ kind: 'deepl', apiKey: 'a\nb' })).toBeNull();
    expect(validateProviderConfig({ kind: 'deepl', apiKey: 'k', endpoint: 'ftp://x' })).toBeNull();
    expect(validateProviderConfig({ kind: 'libretranslate', url: 'https://lt.example/', apiKey: '' })).toEqual({
      kind: 'libretranslate',
      url: 'https://lt.example',
    });
    expect(validateProviderConfig({ kind: 'libretranslate', url: 'javascript:1' })).toBeNull();
    expect(validateProviderConfig({ kind: 'chrome' })).toBeNull();
    expect(validateTranslationSetting({ kind: 'chrome', extra: 1 })).toEqual({ kind: 'chrome' });
    for (const junk of [null, undefined, 'deepl', 42, [], { kind: 'google' }])
      expect(validateProviderConfig(junk)).toBeNull();
  });

  it("counts as this computer only 127.0.0.0/8, localhost and [::1], in the URL parser's notation", () => {
    for (const url of [
      'http://127.0.0.1:5000',
      'http://127.1.2.3',
      'http://2130706433',
      'http://0x7f.1',
      'http://localhost:5000',
      'http://LOCALHOST.',
      'http://[::1]:5000',
      'http://[0:0:0:0:0:0:0:1]',
    ]) {
      expect(isLoopbackHost(new URL(url).hostname), url).toBe(true);
    }
    for (const url of [
      'http://128.0.0.1',
      'http://10.0.0.1',
      'http://192.168.1.2',
      'http://localhost.example.org',
      'http://127.0.0.1.nip.io',
      'http://[::2]',
      'http://translate.example.org',
    ]) {
      expect(isLoopbackHost(new URL(url).hostname), url).toBe(false);
    }
  });

  it('refuses http:// servers of other computers: key and text would travel unencrypted', () => {
    for (const url of [
      'https://lt.example.org',
      'https://192.168.1.2:5000',
      'http://127.0.0.1:5000',
      'http://localhost:5000/lt',
      'http://[::1]',
    ]) {
      expect(serverUrlProblem(url), url).toBeNull();
    }
    for (const url of [
      'http://lt.example.org',
      'http://192.168.1.2:5000',
      'http://10.0.0.1',
      'http://[::ffff:7f00:1]',
      'http://lt.local',
    ]) {
      expect(serverUrlProblem(url), url).toBe('insecure');
    }
  });

  it('keeps a stored http:// server of another computer, and names it as not to be used', () => {
    const stored = validateTranslationSetting({ kind: 'libretranslate', url: 'http://lt.example.org/', apiKey: 'k' });
    expect(stored).toEqual({ kind: 'libretranslate', url: 'http://lt.example.org', apiKey: 'k' });
    expect(insecureServerOf(stored!)).toBe('http://lt.example.org');
    expect(insecureServerOf({ kind: 'deepl', apiKey: 'k', endpoint: 'http://deepl.example' })).toBe(
      'http://deepl.example',
    );
    expect(insecureServerOf({ kind: 'deepl', apiKey: 'k' })).toBeNull();
    expect(insecureServerOf({ kind: 'libretranslate', url: 'http://127.0.0.1:5000' })).toBeNull();
    expect(insecureServerOf({ kind: 'libretranslate', url: 'https://lt.example.org' })).toBeNull();
    expect(insecureServerOf({ kind: 'chrome' })).toBeNull();
  });
});
