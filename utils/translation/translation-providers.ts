/**
 * Machine translation through a provider the user configured: the DeepL API (v2, with
 * the user's key) or a LibreTranslate server. The last resort when no human translation
 * is found, and only when the user asks for it. Pure: `fetch` comes in as an argument.
 *
 * Protocols, as documented by the providers:
 * - DeepL: `POST {endpoint}/v2/translate`, `Authorization: DeepL-Auth-Key <key>`, JSON
 *   `{ text: [...], target_lang, source_lang? }` → `{ translations: [{ detected_source_language, text }] }`,
 *   one translation per text, in order. At most 50 texts and 128 KiB of body per request.
 *   Free keys end in `:fx` and use api-free.deepl.com. Errors: 403 key rejected, 429 too
 *   many requests, 456 quota exceeded, 5xx (and 529) temporary.
 * - LibreTranslate: `POST {url}/translate`, JSON `{ q: string[], source, target, format: "text", api_key? }`
 *   → `{ translatedText: string[] }`. Errors carry `{ error }`: 400 (unsupported language,
 *   missing key, over the server's batch or character limit), 403 (invalid key, banned),
 *   429 (slow down), 500.
 *
 * The API key is never put in a notice; notices carry only statuses and language codes.
 */
import type { LangCode, Notice } from '../types.ts';

export type ProviderConfig =
  | { kind: 'none' }
  /** Default endpoint by key: keys ending ':fx' → https://api-free.deepl.com, else https://api.deepl.com. */
  | { kind: 'deepl'; apiKey: string; endpoint?: string }
  | { kind: 'libretranslate'; url: string; apiKey?: string };

/** What the user chose in the options page: a fetch provider, or Chrome's on-device translator. */
export type TranslationSetting = ProviderConfig | { kind: 'chrome' };

export type TranslateOutcome = { ok: true; sentences: string[] } | { ok: false; notice: Notice };

/** How long one request to a provider may take, answer body included. */
export const TRANSLATION_TIMEOUT_MS = 20_000;
/** DeepL: at most 50 texts per request. */
export const DEEPL_MAX_TEXTS = 50;
/** DeepL: total request body at most 128 KiB. */
export const DEEPL_MAX_BODY_BYTES = 128 * 1024;
/** LibreTranslate: texts per request (a server may set a lower --batch-limit: then batches are halved). */
export const LIBRE_MAX_TEXTS = 50;
const MAX_KEY_CHARS = 512;
const MAX_URL_CHARS = 2048;

const DEEPL_FREE = 'https://api-free.deepl.com';
const DEEPL_PRO = 'https://api.deepl.com';

/** The DeepL endpoint for a key: free keys end in ':fx'. */
export function deeplEndpoint(apiKey: string): string {
  return apiKey.trim().endsWith(':fx') ? DEEPL_FREE : DEEPL_PRO;
}

/**
 * A provider's server address as the user typed it, checked: http(s) only, no user name
 * or password in it, no query or fragment; trailing slashes removed. `null` when unusable.
 */
export function normalizeServerUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function cleanKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const key = value.trim();
  // Printable ASCII only: a key goes into an HTTP header.
  if (!key || key.length > MAX_KEY_CHARS || !/^[\x21-\x7e]+$/.test(key)) return null;
  return key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A provider configuration read from storage, checked and normalised; `null` when unusable. */
export function validateProviderConfig(value: unknown): ProviderConfig | null {
  if (!isRecord(value)) return null;
  switch (value['kind']) {
    case 'none':
      return { kind: 'none' };
    case 'deepl': {
      const apiKey = cleanKey(value['apiKey']);
      if (!apiKey) return null;
      if (value['endpoint'] === undefined) return { kind: 'deepl', apiKey };
      const endpoint = typeof value['endpoint'] === 'string' ? normalizeServerUrl(value['endpoint']) : null;
      return endpoint ? { kind: 'deepl', apiKey, endpoint } : null;
    }
    case 'libretranslate': {
      const url = typeof value['url'] === 'string' ? normalizeServerUrl(value['url']) : null;
      if (!url) return null;
      const rawKey = value['apiKey'];
      if (rawKey === undefined || rawKey === '') return { kind: 'libretranslate', url };
      const apiKey = cleanKey(rawKey);
      return apiKey ? { kind: 'libretranslate', url, apiKey } : null;
    }
    default:
      return null;
  }
}

/** The options page's setting read from storage: a provider, or `{ kind: 'chrome' }`; `null` when unusable. */
export function validateTranslationSetting(value: unknown): TranslationSetting | null {
  if (isRecord(value) && value['kind'] === 'chrome') return { kind: 'chrome' };
  return validateProviderConfig(value);
}

// ---------------------------------------------------------------------------------------
// Language codes

function splitTag(lang: LangCode): { primary: string; rest: string[] } | null {
  const parts = lang.trim().split(/[-_]/);
  const primary = (parts[0] ?? '').toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und') return null;
  return { primary, rest: parts.slice(1).map((p) => p.toLowerCase()) };
}

/** DeepL source_lang: the language without variant, upper case ('en' → 'EN'). */
export function deeplSourceLang(lang: LangCode): string | null {
  return splitTag(lang)?.primary.toUpperCase() ?? null;
}

/**
 * DeepL target_lang. English and Portuguese need a variant (plain 'EN'/'PT' are deprecated):
 * the tag's region when it names one (en-GB, pt-PT), else EN-US and PT-BR. Chinese:
 * ZH-HANT for Traditional (zh-Hant, zh-TW, zh-HK, zh-MO), else ZH-HANS.
 */
export function deeplTargetLang(lang: LangCode): string | null {
  const tag = splitTag(lang);
  if (!tag) return null;
  const { primary, rest } = tag;
  if (primary === 'en') return rest.includes('gb') ? 'EN-GB' : 'EN-US';
  if (primary === 'pt') return rest.includes('pt') ? 'PT-PT' : 'PT-BR';
  if (primary === 'zh') return rest.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? 'ZH-HANT' : 'ZH-HANS';
  return primary.toUpperCase();
}

/** LibreTranslate language code: the primary subtag ('de-AT' → 'de'). */
export function libreLang(lang: LangCode): string | null {
  return splitTag(lang)?.primary ?? null;
}

// ---------------------------------------------------------------------------------------
// Notices

const notice = (level: Notice['level'], key: Notice['key'], params?: Record<string, string>): Notice =>
  params ? { level, key, params } : { level, key };

export const translationNotices = {
  notConfigured: () => notice('info', 'notice.translationNotConfigured'),
  auth: () => notice('error', 'notice.translationAuth'),
  rateLimited: () => notice('warning', 'notice.translationRateLimited'),
  quota: () => notice('warning', 'notice.translationQuota'),
  timeout: () => notice('warning', 'notice.translationTimeout'),
  unavailable: (status: number) => notice('warning', 'notice.translationUnavailable', { status: String(status) }),
  unreachable: () => notice('warning', 'notice.translationUnreachable'),
  unsupportedLanguage: (lang: LangCode) => notice('warning', 'notice.translationUnsupportedLanguage', { lang }),
  badResponse: () => notice('warning', 'notice.translationBadResponse'),
} as const;

// ---------------------------------------------------------------------------------------
// HTTP

type PostResult =
  | { kind: 'ok'; body: unknown }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'badBody' };

async function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<PostResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body,
      credentials: 'omit',
      // A redirect would resend the request (and its key) elsewhere, or turn the POST into a GET.
      redirect: 'error',
      signal: controller.signal,
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      return { kind: 'http', status: response.status, message: errorMessage(text) };
    }
    try {
      return { kind: 'ok', body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'badBody' };
    }
  } catch {
    return timedOut ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** The error text of a provider's error body (DeepL `message`, LibreTranslate `error`), for classifying only. */
function errorMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (isRecord(parsed)) {
      const parts = [parsed['message'], parsed['error'], parsed['detail']].filter((p): p is string => typeof p === 'string');
      return parts.join(' ').slice(0, 500);
    }
  } catch {
    // not JSON
  }
  return text.slice(0, 500);
}

function failureNotice(result: Exclude<PostResult, { kind: 'ok' }>): Notice {
  switch (result.kind) {
    case 'timeout':
      return translationNotices.timeout();
    case 'network':
      return translationNotices.unreachable();
    case 'badBody':
      return translationNotices.badResponse();
    case 'http':
      if (result.status === 429) return translationNotices.rateLimited();
      return translationNotices.unavailable(result.status);
  }
}

// ---------------------------------------------------------------------------------------
// Batching

const encoder = new TextEncoder();

/** Splits indexes into batches of at most `maxTexts` whose request body stays under `maxBytes`. */
function batchesOf(texts: string[], maxTexts: number, maxBytes: number, overhead: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = overhead;
  for (const text of texts) {
    // JSON.stringify gives the escaped form that goes on the wire, plus one comma.
    const size = encoder.encode(JSON.stringify(text)).length + 1;
    if (current.length > 0 && (current.length >= maxTexts || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = overhead;
    }
    current.push(text);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

type BatchResult = { ok: true; texts: string[] } | { ok: false; notice: Notice };

// ---------------------------------------------------------------------------------------
// DeepL

async function deeplBatch(
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
    if (!isRecord(item) || typeof item['text'] !== 'string') return { ok: false, notice: translationNotices.badResponse() };
    out.push(item['text']);
  }
  return { ok: true, texts: out };
}

// ---------------------------------------------------------------------------------------
// LibreTranslate

async function libreBatch(
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
        return { ok: false, notice: /too many|limit/i.test(message) ? translationNotices.rateLimited() : translationNotices.auth() };
      }
      if (result.status === 400 && /not supported|not available as a target/i.test(message)) {
        const lang = new RegExp(`\\b${source}\\b`).test(message) && !new RegExp(`\\b${target}\\b`).test(message) ? from : to;
        return { ok: false, notice: translationNotices.unsupportedLanguage(lang) };
      }
    }
    return { ok: false, notice: failureNotice(result) };
  }
  const translated = isRecord(result.body) ? result.body['translatedText'] : undefined;
  // A batch (q is an array) is answered with an array; accept a lone string for a lone text.
  const list = Array.isArray(translated) ? translated : texts.length === 1 && typeof translated === 'string' ? [translated] : null;
  if (!list || list.length !== texts.length || !list.every((t): t is string => typeof t === 'string')) {
    return { ok: false, notice: translationNotices.badResponse() };
  }
  return { ok: true, texts: list };
}

// ---------------------------------------------------------------------------------------

/**
 * Translates `sentences` from `from` into `to` with the configured provider, one result per
 * sentence in the same order (empty sentences stay empty and are not sent). Requests go one
 * after another, each with `timeoutMs`; the first failure ends the run with its notice.
 */
export async function translateSentences(
  config: ProviderConfig,
  sentences: string[],
  from: LangCode,
  to: LangCode,
  fetchFn: typeof fetch,
  timeoutMs: number = TRANSLATION_TIMEOUT_MS,
): Promise<TranslateOutcome> {
  if (config.kind === 'none') return { ok: false, notice: translationNotices.notConfigured() };

  const wanted: number[] = [];
  sentences.forEach((s, i) => {
    if (s.trim()) wanted.push(i);
  });
  const texts = wanted.map((i) => sentences[i]!);

  let translate: (batch: string[]) => Promise<BatchResult>;
  let batches: string[][];
  if (config.kind === 'deepl') {
    const target = deeplTargetLang(to);
    if (!target) return { ok: false, notice: translationNotices.unsupportedLanguage(to) };
    // An unknown source language is left to DeepL to detect.
    const source = deeplSourceLang(from);
    const overhead = encoder.encode(JSON.stringify({ text: [], target_lang: target, source_lang: source ?? '' })).length;
    batches = batchesOf(texts, DEEPL_MAX_TEXTS, DEEPL_MAX_BODY_BYTES, overhead);
    translate = (batch) => deeplBatch(config, batch, source, target, to, from, fetchFn, timeoutMs);
  } else {
    const target = libreLang(to);
    if (!target) return { ok: false, notice: translationNotices.unsupportedLanguage(to) };
    const source = libreLang(from) ?? 'auto';
    batches = batchesOf(texts, LIBRE_MAX_TEXTS, Number.POSITIVE_INFINITY, 0);
    translate = (batch) => libreBatch(config, batch, source, target, from, to, fetchFn, timeoutMs);
  }

  const translated: string[] = [];
  for (const batch of batches) {
    const result = await translate(batch);
    if (!result.ok) return result;
    translated.push(...result.texts);
  }
  const out = sentences.slice();
  wanted.forEach((index, k) => {
    out[index] = translated[k]!;
  });
  return { ok: true, sentences: out };
}
