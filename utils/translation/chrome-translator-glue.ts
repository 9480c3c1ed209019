/**
 * Glue to Chrome's on-device Translator API (the global `Translator`, Chrome 138+ desktop,
 * window contexts such as an extension page; not in service workers, not in Firefox):
 * `Translator.availability({ sourceLanguage, targetLanguage })` →
 * 'unavailable' | 'downloadable' | 'downloading' | 'available';
 * `Translator.create({ sourceLanguage, targetLanguage, monitor })` (the monitor gets
 * `downloadprogress` events with `loaded` in [0, 1]; while a language pack is
 * 'downloadable' or 'downloading', create() needs a user gesture and starts the download);
 * `translator.translate(text)` → Promise<string>; `translator.destroy()`.
 *
 * A language pack is never downloaded unless the caller says the user agreed
 * (`allowDownload`). The API object can be passed in, for tests.
 */
import type { TranslateOutcome } from './translate-sentences.ts';
import { translationNotices } from './translation-notices.ts';
import type { LangCode, Notice } from '../types.ts';

export type ChromeAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface ChromeTranslatorLanguages {
  sourceLanguage: string;
  targetLanguage: string;
}

/** The part of a created translator we use. */
export interface ChromeTranslatorInstance {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The part of the global `Translator` we use. */
export interface ChromeTranslatorApi {
  availability(options: ChromeTranslatorLanguages): Promise<string>;
  create(
    options: ChromeTranslatorLanguages & { monitor?: (monitor: EventTarget) => void; signal?: AbortSignal },
  ): Promise<ChromeTranslatorInstance>;
}

export interface ChromeTranslateOptions {
  /** The user agreed to download a language pack (ask first; call from the click handler). */
  allowDownload: boolean;
  /** Download progress in [0, 1], when a language pack is downloaded. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

/** The browser's `Translator`, or `null` where there is none (Firefox, older Chrome, workers). */
export function chromeTranslatorApi(): ChromeTranslatorApi | null {
  const candidate = (globalThis as { Translator?: unknown }).Translator;
  if (
    (typeof candidate === 'function' || (typeof candidate === 'object' && candidate !== null)) &&
    typeof (candidate as ChromeTranslatorApi).availability === 'function' &&
    typeof (candidate as ChromeTranslatorApi).create === 'function'
  ) {
    return candidate as ChromeTranslatorApi;
  }
  return null;
}

/** A BCP 47 tag the API accepts: 'und' and junk are not languages ('auto' is refused by Chrome). */
function apiLanguage(lang: LangCode): string | null {
  const tag = lang.trim().replace(/_/g, '-');
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag) || /^und\b/i.test(tag)) return null;
  return tag;
}

const STATES: ReadonlySet<string> = new Set(['unavailable', 'downloadable', 'downloading', 'available']);

/** Whether the on-device translator can translate `from` → `to` ('unavailable' when there is no API). */
export async function availability(
  from: LangCode,
  to: LangCode,
  api: ChromeTranslatorApi | null = chromeTranslatorApi(),
): Promise<ChromeAvailability> {
  const sourceLanguage = apiLanguage(from);
  const targetLanguage = apiLanguage(to);
  if (!api || !sourceLanguage || !targetLanguage) return 'unavailable';
  try {
    const state = await api.availability({ sourceLanguage, targetLanguage });
    return STATES.has(state) ? (state as ChromeAvailability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

const fail = (notice: Notice): TranslateOutcome => ({ ok: false, notice });

/**
 * Translates `sentences` on this device, one result per sentence in order (empty sentences
 * stay empty). Without `allowDownload`, a language pair whose pack is not on the device yet
 * gives `notice.translationDownloadNeeded` and nothing is downloaded.
 */
export async function translateWithChrome(
  sentences: string[],
  from: LangCode,
  to: LangCode,
  options: ChromeTranslateOptions,
  api: ChromeTranslatorApi | null = chromeTranslatorApi(),
): Promise<TranslateOutcome> {
  if (!api) return fail({ level: 'info', key: 'notice.translationOnDeviceMissing' });
  const sourceLanguage = apiLanguage(from);
  const targetLanguage = apiLanguage(to);
  if (!sourceLanguage) return fail(translationNotices.unsupportedLanguage(from));
  if (!targetLanguage) return fail(translationNotices.unsupportedLanguage(to));

  const state = await availability(sourceLanguage, targetLanguage, api);
  if (state === 'unavailable')
    return fail(translationNotices.unsupportedLanguage(`${sourceLanguage} → ${targetLanguage}`));
  if (state !== 'available' && !options.allowDownload) {
    return fail({ level: 'info', key: 'notice.translationDownloadNeeded', params: { lang: targetLanguage } });
  }

  let translator: ChromeTranslatorInstance;
  try {
    translator = await api.create({
      sourceLanguage,
      targetLanguage,
      ...(options.signal ? { signal: options.signal } : {}),
      monitor(monitor) {
        if (!options.onProgress) return;
        const report = options.onProgress;
        monitor.addEventListener('downloadprogress', (event) => {
          const loaded = (event as Event & { loaded?: unknown }).loaded;
          if (typeof loaded === 'number' && Number.isFinite(loaded)) report(Math.min(1, Math.max(0, loaded)));
        });
      },
    });
  } catch (error) {
    // NotAllowedError: the download needs a user gesture (the call did not come from a click).
    if (error instanceof Error && error.name === 'NotAllowedError') {
      return fail({ level: 'info', key: 'notice.translationDownloadNeeded', params: { lang: targetLanguage } });
    }
    return fail({ level: 'warning', key: 'notice.translationOnDeviceFailed' });
  }

  try {
    const out: string[] = [];
    for (const sentence of sentences) {
      if (!sentence.trim()) {
        out.push(sentence);
        continue;
      }
      const translated = await translator.translate(sentence, options.signal ? { signal: options.signal } : undefined);
      if (typeof translated !== 'string') return fail(translationNotices.badResponse());
      out.push(translated);
    }
    return { ok: true, sentences: out };
  } catch {
    return fail({ level: 'warning', key: 'notice.translationOnDeviceFailed' });
  } finally {
    try {
      translator.destroy?.();
    } catch {
      // already gone
    }
  }
}
