/**
 * Machine translation through a provider the user configured: the DeepL API (v2, with the
 * user's key, see deepl.ts) or a LibreTranslate server (libre-translate.ts). The last resort
 * when no human translation is found, and only when the user asks for it. Pure: `fetch`
 * comes in as an argument. The API key is never put in a notice.
 */
import { DEEPL_MAX_BODY_BYTES, DEEPL_MAX_TEXTS, deeplBatch, deeplSourceLang, deeplTargetLang } from './deepl.ts';
import { LIBRE_MAX_TEXTS, libreBatch, libreLang } from './libre-translate.ts';
import type { BatchResult } from './provider-request.ts';
import { translationNotices } from './translation-notices.ts';
import { insecureServerOf, type ProviderConfig } from './translation-setting.ts';
import type { LangCode, Notice } from '../types.ts';

export type TranslateOutcome = { ok: true; sentences: string[] } | { ok: false; notice: Notice };

/** How long one request to a provider may take, answer body included. */
export const TRANSLATION_TIMEOUT_MS = 20_000;

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

/**
 * Translates `sentences` from `from` into `to` with the configured provider, one result per
 * sentence in the same order (empty sentences stay empty and are not sent). Requests go one
 * after another, each with `timeoutMs`; the first failure ends the run with its notice. A
 * server reached over plain http:// on another computer gets no request.
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
  // Neither the key nor the text goes to another computer unencrypted.
  if (insecureServerOf(config) !== null) return { ok: false, notice: translationNotices.insecureServer() };

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
    const overhead = encoder.encode(
      JSON.stringify({ text: [], target_lang: target, source_lang: source ?? '' }),
    ).length;
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
