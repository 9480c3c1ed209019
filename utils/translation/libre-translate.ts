/**
 * A LibreTranslate server, as its documentation describes it:
 * `POST {url}/translate`, JSON `{ q: string[], source, target, format: "text", api_key? }`
 * → `{ translatedText: string[] }`. Errors carry `{ error }`: 400 (unsupported language,
 * missing key, over the server's batch or character limit), 403 (invalid key, banned),
 * 429 (slow down), 500.
 */
import { isRecord } from '../is-record.ts';
import { splitLangTag } from '../language/lang-codes.ts';
import { failureNotice, postJson, type BatchResult } from './provider-request.ts';
import { translationNotices } from './translation-notices.ts';
import type { ProviderConfig } from './translation-setting.ts';
import type { LangCode } from '../types.ts';

/** LibreTranslate: texts per request (a server may set a lower --batch-limit: then batches are halved). */
export const LIBRE_MAX_TEXTS = 50;

/** LibreTranslate language code: the primary subtag ('de-AT' → 'de'). */
export function libreLang(lang: LangCode): string | null {
  return splitLangTag(lang)?.primary ?? null;
}

/** Translates one batch with one request, or with halves of it when the server says it is too much. */
export async function libreBatch(
  config: Extract<ProviderConfig, { kind: 'libretranslate' }>,
  texts: string[],
  source: string,
  target: string,
  from: LangCode,
  to: LangCode,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<BatchResult> {
  const body: Record<string, unknown> = { q: texts, source, target, format: 'text' };
  if (config.apiKey) body['api_key'] = config.apiKey;
  const result = await postJson(`${config.url}/translate`, {}, JSON.stringify(body), fetchFn, timeoutMs);
  if (result.kind !== 'ok') {
    if (result.kind === 'http') {
      const message = result.message;
      // Over the server's --batch-limit or --char-limit: send fewer texts at a time.
      if (result.status === 400 && /exceeds? (the )?(text|character|char) limit/i.test(message) && texts.length > 1) {
        const half = Math.ceil(texts.length / 2);
        const first = await libreBatch(config, texts.slice(0, half), source, target, from, to, fetchFn, timeoutMs);
        if (!first.ok) return first;
        const second = await libreBatch(config, texts.slice(half), source, target, from, to, fetchFn, timeoutMs);
        if (!second.ok) return second;
        return { ok: true, texts: [...first.texts, ...second.texts] };
      }
      if (/api key/i.test(message) && (result.status === 400 || result.status === 403)) {
        return { ok: false, notice: translationNotices.auth() };
      }
      if (result.status === 401) return { ok: false, notice: translationNotices.auth() };
      if (result.status === 403) {
        return {
          ok: false,
          notice: /too many|limit/i.test(message) ? translationNotices.rateLimited() : translationNotices.auth(),
        };
      }
      if (result.status === 400 && /not supported|not available as a target/i.test(message)) {
        const lang =
          new RegExp(`\\b${source}\\b`).test(message) && !new RegExp(`\\b${target}\\b`).test(message) ? from : to;
        return { ok: false, notice: translationNotices.unsupportedLanguage(lang) };
      }
    }
    return { ok: false, notice: failureNotice(result) };
  }
  const translated = isRecord(result.body) ? result.body['translatedText'] : undefined;
  // A batch (q is an array) is answered with an array; accept a lone string for a lone text.
  const list = Array.isArray(translated)
    ? translated
    : texts.length === 1 && typeof translated === 'string'
      ? [translated]
      : null;
  if (!list || list.length !== texts.length || !list.every((t): t is string => typeof t === 'string')) {
    return { ok: false, notice: translationNotices.badResponse() };
  }
  return { ok: true, texts: list };
}
