/**
 * Typed messaging (glue): the messages that cross the extension's contexts, and their
 * validators. Every incoming message is checked here before anything acts on it —
 * a page can't talk to us directly, but a content script runs beside untrusted page
 * code, and a message's shape is never assumed.
 */
import { isRecord } from './is-record.ts';
import { isLangCode } from './language/lang-codes.ts';
import { MAX_HTML_CHARS } from './page/page-html.ts';
import type { Alternate, Bead, ExtractedArticle, LangCode, SegmentedText, TabView } from './types.ts';

/**
 * What a page is, read in the page by the on-demand report script (entrypoints/page-report) and
 * returned to the background as the result of its injection.
 */
export interface PageReport {
  type: 'page';
  url: string;
  isArticle: boolean;
  signals: string[];
  /** Declared language (`<html lang>`, og:locale), if any. */
  declaredLang: string | null;
  alternates: Alternate[];
  /** The page's HTML, only when it is an article (parsed and extracted elsewhere). */
  html: string | null;
}

/**
 * Content script → background: this page reads as an article (sent at idle time after load, and
 * after a single-page app's navigation). Only a trigger: the background then injects the report
 * script, which reads the page itself. Nothing is sent for a page that is not an article.
 */
export interface ArticleSeen {
  type: 'article-seen';
  url: string;
}

/**
 * The name under which the report script leaves, in the extension's isolated world of the page,
 * the function that scrolls to a sentence and highlights it; the background calls it there
 * (scripting.executeScript with a function runs in the same world as injected files).
 */
export const LOCATE_GLOBAL = 'counterpartLocate';
export type LocateInPage = (sentence: string) => boolean;

/** Side panel → background, over the `panel` port. */
export type PanelCommand =
  | { type: 'watch'; tabId: number }
  | { type: 'choose-language'; lang: LangCode }
  | { type: 'paste'; text: string }
  | { type: 'locate'; index: number }
  | { type: 'retry' }
  | { type: 'translate' }
  | { type: 'use-translation'; lang: LangCode; sentences: string[] };

/** Background → side panel, over the `panel` port. */
export interface PanelUpdate {
  type: 'view';
  view: TabView;
}

/** Background (Chrome service worker) → offscreen document: parse and extract HTML. */
export interface ExtractRequest {
  target: 'offscreen';
  type: 'extract';
  html: string;
  url: string;
}

export type ExtractResponse = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

/** Background (Chrome service worker) → offscreen document: translate on the device (no download). */
export interface TranslateRequest {
  target: 'offscreen';
  type: 'translate';
  sentences: string[];
  from: LangCode;
  to: LangCode;
}

export const PANEL_PORT = 'counterpart-panel';

/** The largest pasted text (characters). */
export const MAX_PASTE_CHARS = 1_000_000;

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isAlternate(value: unknown): value is Alternate {
  return isRecord(value) && isLangCode(value.lang) && isHttpUrl(value.url);
}

export function parsePageReport(value: unknown): PageReport | null {
  if (!isRecord(value) || value.type !== 'page') return null;
  const { url, isArticle, signals, declaredLang, alternates, html } = value;
  if (!isHttpUrl(url) || typeof isArticle !== 'boolean') return null;
  if (!Array.isArray(signals) || !signals.every((s) => typeof s === 'string')) return null;
  if (declaredLang !== null && typeof declaredLang !== 'string') return null;
  if (!Array.isArray(alternates) || alternates.length > 200 || !alternates.every(isAlternate)) return null;
  if (html !== null && (typeof html !== 'string' || html.length > MAX_HTML_CHARS)) return null;
  return {
    type: 'page',
    url,
    isArticle,
    signals: signals.slice(0, 20),
    declaredLang: declaredLang === null ? null : declaredLang.slice(0, 35),
    alternates,
    html,
  };
}

export function parseArticleSeen(value: unknown): ArticleSeen | null {
  return isRecord(value) && value.type === 'article-seen' && isHttpUrl(value.url)
    ? { type: 'article-seen', url: value.url }
    : null;
}

export function parsePanelCommand(value: unknown): PanelCommand | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'watch':
      return Number.isInteger(value.tabId) && (value.tabId as number) >= 0
        ? { type: 'watch', tabId: value.tabId as number }
        : null;
    case 'choose-language':
      return isLangCode(value.lang) ? { type: 'choose-language', lang: value.lang } : null;
    case 'paste':
      return typeof value.text === 'string' ? { type: 'paste', text: value.text } : null;
    case 'locate':
      return Number.isInteger(value.index) && (value.index as number) >= 0
        ? { type: 'locate', index: value.index as number }
        : null;
    case 'retry':
      return { type: 'retry' };
    case 'translate':
      return { type: 'translate' };
    case 'use-translation':
      return isLangCode(value.lang) &&
        Array.isArray(value.sentences) &&
        value.sentences.length <= 20_000 &&
        value.sentences.every((s) => typeof s === 'string' && s.length <= 20_000)
        ? { type: 'use-translation', lang: value.lang, sentences: value.sentences as string[] }
        : null;
    default:
      return null;
  }
}

export function parseTranslateRequest(value: unknown): TranslateRequest | null {
  if (!isRecord(value) || value.target !== 'offscreen' || value.type !== 'translate') return null;
  const { sentences, from, to } = value;
  if (!Array.isArray(sentences) || sentences.length > 20_000 || !sentences.every((s) => typeof s === 'string'))
    return null;
  if (!isLangCode(from) || !isLangCode(to)) return null;
  return { target: 'offscreen', type: 'translate', sentences, from, to };
}

export function parseExtractRequest(value: unknown): ExtractRequest | null {
  if (!isRecord(value) || value.target !== 'offscreen' || value.type !== 'extract') return null;
  if (typeof value.html !== 'string' || value.html.length > MAX_HTML_CHARS || !isHttpUrl(value.url)) return null;
  return { target: 'offscreen', type: 'extract', html: value.html, url: value.url };
}

/** Background (Firefox) → alignment worker, and its answer. */
export interface AlignRequest {
  id: number;
  a: SegmentedText;
  b: SegmentedText;
}
export type AlignResponse = { id: number; ok: true; beads: Bead[] } | { id: number; ok: false; error: string };

function isSegmentedText(value: unknown): value is SegmentedText {
  return (
    isRecord(value) &&
    typeof value.lang === 'string' &&
    Array.isArray(value.sentences) &&
    value.sentences.every((s) => typeof s === 'string') &&
    Array.isArray(value.paragraphOf) &&
    value.paragraphOf.length === value.sentences.length &&
    value.paragraphOf.every((p) => Number.isInteger(p))
  );
}

export function parseAlignRequest(value: unknown): AlignRequest | null {
  if (!isRecord(value) || !Number.isInteger(value.id) || !isSegmentedText(value.a) || !isSegmentedText(value.b))
    return null;
  return { id: value.id as number, a: value.a, b: value.b };
}

/**
 * Background (Chromium) → offscreen document: run an alignment in a worker there, or end the
 * worker of one nobody wants any more. The answer to 'align' is an AlignResponse.
 */
export type OffscreenAlignMessage =
  | { target: 'offscreen'; type: 'align'; request: AlignRequest }
  | { target: 'offscreen'; type: 'align-cancel'; id: number };

export function parseOffscreenAlignMessage(value: unknown): OffscreenAlignMessage | null {
  if (!isRecord(value) || value.target !== 'offscreen') return null;
  if (value.type === 'align-cancel')
    return Number.isInteger(value.id) ? { target: 'offscreen', type: 'align-cancel', id: value.id as number } : null;
  if (value.type !== 'align') return null;
  const request = parseAlignRequest(value.request);
  return request ? { target: 'offscreen', type: 'align', request } : null;
}
