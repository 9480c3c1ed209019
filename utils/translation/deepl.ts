/**
 * The DeepL API (v2, with the user's key), as documented by DeepL:
 * `POST {endpoint}/v2/translate`, `Authorization: DeepL-Auth-Key <key>`, JSON
 * `{ text: [...], target_lang, source_lang? }` → `{ translations: [{ detected_source_language, text }] }`,
 * one translation per text, in order. At most 50 texts and 128 KiB of body per request.
 * Free keys end in `:fx` and use api-free.deepl.com. Errors: 403 key rejected, 429 too
 * many requests, 456 quota exceeded, 5xx (and 529) temporary.
 */
import { isRecord } from '../is-record.ts';
import { splitLangTag } from '../language/lang-codes.ts';
import { failureNotice, postJson, type BatchResult } from './provider-request.ts';
import { translationNotices } from './translation-notices.ts';
import type { ProviderConfig } from './translation-setting.ts';
import type { LangCode } from '../types.ts';

/** DeepL: at most 50 texts per request. */
export const DEEPL_MAX_TEXTS = 50;
/** DeepL: total request body at most 128 KiB. */
export const DEEPL_MAX_BODY_BYTES = 128 * 1024;

const DEEPL_FREE = 'https://api-free.deepl.com';
const DEEPL_PRO = 'https://api.deepl.com';

/** The DeepL endpoint for a key: free keys end in ':fx'. */
export function deeplEndpoint(apiKey: string): string {
  return apiKey.trim().endsWith(':fx') ? DEEPL_FREE : DEEPL_PRO;
}

/** DeepL source_lang: the language without variant, upper case ('en' → 'EN'). */
export function deeplSourceLang(lang: LangCode): string | null {
  return splitLangTag(lang)?.primary.toUpperCase() ?? null;
}

/**
 * DeepL target_lang. English and Portuguese need a variant (plain 'EN'/'PT' are deprecated):
 * the tag's region when it names one (en-GB, pt-PT), else EN-US and PT-BR. Chinese:
 * ZH-HANT for Traditional (zh-Hant, zh-TW, zh-HK, zh-MO), else ZH-HANS.
 */
export function deeplTargetLang(lang: LangCode): string | null {
  const tag = splitLangTag(lang);
  if (!tag) return null;
  const { primary, rest } = tag;
  if (primary === 'en') return rest.includes('gb') ? 'EN-GB' : 'EN-US';
  if (primary === 'pt') return rest.includes('pt') ? 'PT-PT' : 'PT-BR';
  if (primary === 'zh') return rest.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? 'ZH-HANT' : 'ZH-HANS';
  return primary.toUpperCase();
}

/** Translates one batch (within DeepL's limits) with one request. */
export async function deeplBatch(
  config: Extract<ProviderConfig, { kind: 'deepl' }>,
  texts: string[],
  source: string | null,
  target: string,
  to: LangCode,
  from: LangCode,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<BatchResult> {
  const endpoint = config.endpoint ?? deeplEndpoint(config.apiKey);
  const body: Record<string, unknown> = { text: texts, target_lang: target };
  if (source) body['source_lang'] = source;
  const result = await postJson(
    `${endpoint}/v2/translate`,
    { Authorization: `DeepL-Auth-Key ${config.apiKey}` },
    JSON.stringify(body),
    fetchFn,
    timeoutMs,
  );
  if (result.kind !== 'ok') {
    if (result.kind === 'http') {
      if (result.status === 401 || result.status === 403) return { ok: false, notice: translationNotices.auth() };
      if (result.status === 456) return { ok: false, notice: translationNotices.quota() };
      if (result.status === 400 && /source_lang/i.test(result.message)) {
        return { ok: false, notice: translationNotices.unsupportedLanguage(from) };
      }
      if (result.status === 400 && /target_lang|language/i.test(result.message)) {
        return { ok: false, notice: translationNotices.unsupportedLanguage(to) };
      }
    }
    return { ok: false, notice: failureNotice(result) };
  }
  const translations = isRecord(result.body) ? result.body['translations'] : undefined;
  if (!Array.isArray(translations) || translations.length !== texts.length) {
    return { ok: false, notice: translationNotices.badResponse() };
  }
  const out: string[] = [];
  for (const item of translations) {
    if (!isRecord(item) || typeof item['text'] !== 'string')
      return { ok: false, notice: translationNotices.badResponse() };
    out.push(item['text']);
  }
  return { ok: true, texts: out };
}
