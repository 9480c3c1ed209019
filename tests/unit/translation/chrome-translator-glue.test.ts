/**
 * The on-device translator glue against a stand-in with the shape of Chrome's Translator API:
 * availability() states, create() that "downloads" (monitor + downloadprogress) and refuses
 * without a user gesture, translate() per text, destroy().
 */
import { describe, expect, it } from 'vitest';
import {
  availability,
  chromeTranslatorApi,
  translateWithChrome,
  type ChromeAvailability,
  type ChromeTranslatorApi,
} from '../../../utils/translation/chrome-translator-glue.ts';

interface FakeOptions {
  state: ChromeAvailability;
  /** create() rejects with NotAllowedError when a download would start (no user gesture). */
  gesture?: boolean;
  failOn?: string;
}

function fakeTranslator(options: FakeOptions) {
  const log = {
    created: 0,
    downloads: 0,
    destroyed: 0,
    availabilityCalls: [] as Array<{ sourceLanguage: string; targetLanguage: string }>,
  };
  const api: ChromeTranslatorApi = {
    async availability(langs) {
      log.availabilityCalls.push(langs);
      return options.state;
    },
    async create(langs) {
      if (options.state === 'unavailable') throw new DOMException('Unable to create translator', 'NotSupportedError');
      if (options.state !== 'available') {
        if (!options.gesture) throw new DOMException('Requires a user gesture', 'NotAllowedError');
        log.downloads += 1;
        const monitor = new EventTarget();
        langs.monitor?.(monitor);
        for (const loaded of [0, 0.5, 1])
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      log.created += 1;
      return {
        async translate(text: string) {
          if (options.failOn && text.includes(options.failOn))
            throw new DOMException('Translation failed', 'UnknownError');
          return `[${langs.targetLanguage}] ${text}`;
        },
        destroy() {
          log.destroyed += 1;
        },
      };
    },
  };
  return { api, log };
}

describe('chrome-translator-glue', () => {
  it('finds no API in Node', () => {
    expect(chromeTranslatorApi()).toBeNull();
  });

  it('reports availability, and unavailable without an API or for an unknown language', async () => {
    const { api, log } = fakeTranslator({ state: 'downloadable' });
    expect(await availability('en', 'de', api)).toBe('downloadable');
    expect(log.availabilityCalls).toEqual([{ sourceLanguage: 'en', targetLanguage: 'de' }]);
    expect(await availability('en', 'de', null)).toBe('unavailable');
    expect(await availability('und', 'de', api)).toBe('unavailable');
    const odd: ChromeTranslatorApi = { ...api, availability: async () => 'maybe' };
    expect(await availability('en', 'de', odd)).toBe('unavailable');
  });

  it('translates each sentence in order when the pair is available, and destroys the translator', async () => {
    const { api, log } = fakeTranslator({ state: 'available' });
    const outcome = await translateWithChrome(['One.', '', 'Two.'], 'en', 'de', { allowDownload: false }, api);
    expect(outcome).toEqual({ ok: true, sentences: ['[de] One.', '', '[de] Two.'] });
    expect(log).toMatchObject({ created: 1, downloads: 0, destroyed: 1 });
  });

  it('never downloads a language pack unless allowed', async () => {
    for (const state of ['downloadable', 'downloading'] as const) {
      const { api, log } = fakeTranslator({ state, gesture: true });
      const outcome = await translateWithChrome(['One.'], 'en', 'de', { allowDownload: false }, api);
      expect(outcome).toEqual({
        ok: false,
        notice: { level: 'info', key: 'notice.translationDownloadNeeded', params: { lang: 'de' } },
      });
      expect(log.created).toBe(0);
      expect(log.downloads).toBe(0);
    }
  });

  it('downloads when allowed, reporting progress', async () => {
    const { api, log } = fakeTranslator({ state: 'downloadable', gesture: true });
    const progress: number[] = [];
    const outcome = await translateWithChrome(
      ['One.'],
      'en',
      'fr',
      { allowDownload: true, onProgress: (p) => progress.push(p) },
      api,
    );
    expect(outcome).toEqual({ ok: true, sentences: ['[fr] One.'] });
    expect(log.downloads).toBe(1);
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('asks again when the download was allowed but not started from a user gesture', async () => {
    const { api } = fakeTranslator({ state: 'downloadable', gesture: false });
    const outcome = await translateWithChrome(['One.'], 'en', 'de', { allowDownload: true }, api);
    expect(outcome.ok || outcome.notice.key).toBe('notice.translationDownloadNeeded');
  });

  it('gives notices for no API, an unsupported pair and a failed translation', async () => {
    const none = await translateWithChrome(['One.'], 'en', 'de', { allowDownload: true }, null);
    expect(none.ok || none.notice.key).toBe('notice.translationOnDeviceMissing');

    const unsupported = await translateWithChrome(
      ['One.'],
      'en',
      'tlh',
      { allowDownload: true },
      fakeTranslator({ state: 'unavailable' }).api,
    );
    expect(unsupported.ok || unsupported.notice.key).toBe('notice.translationUnsupportedLanguage');

    const unknownSource = await translateWithChrome(
      ['One.'],
      'und',
      'de',
      { allowDownload: true },
      fakeTranslator({ state: 'available' }).api,
    );
    expect(unknownSource).toEqual({
      ok: false,
      notice: { level: 'warning', key: 'notice.translationUnsupportedLanguage', params: { lang: 'und' } },
    });

    const { api, log } = fakeTranslator({ state: 'available', failOn: 'Two' });
    const failed = await translateWithChrome(['One.', 'Two.'], 'en', 'de', { allowDownload: false }, api);
    expect(failed.ok || failed.notice.key).toBe('notice.translationOnDeviceFailed');
    expect(log.destroyed).toBe(1);
  });
});
