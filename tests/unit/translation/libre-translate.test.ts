/**
 * LibreTranslate against a local HTTP server that speaks its real API (`/translate`), through
 * Node's own fetch. The server checks what LibreTranslate checks (key, body shape, batch limit,
 * languages) and translates by a deterministic rule: "[<target>] " + text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreLang } from '../../../utils/translation/libre-translate.ts';
import { translateSentences } from '../../../utils/translation/translate-sentences.ts';
import type { ProviderConfig } from '../../../utils/translation/translation-setting.ts';
import {
  expectNotice,
  KEY,
  sendJson,
  sentences,
  startServer,
  type Handler,
  type TestServer,
} from './provider-test-server.ts';

// ---------------------------------------------------------------------------------------
// A LibreTranslate server

interface LibreState {
  requireKey: boolean;
  batchLimit: number;
  mode: 'ok' | 429 | 500 | 'banned' | 'wrongShape' | 'countMismatch';
}

const LIBRE_LANGS = new Set(['en', 'de', 'fr', 'es', 'it']);

function libreHandler(state: LibreState): Handler {
  return (req, raw, res, requests) => {
    if (req.method !== 'POST' || req.url !== '/translate') return sendJson(res, 404, { error: 'Not Found' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return sendJson(res, 400, { error: 'Invalid JSON format' });
    }
    requests.push({ path: req.url, headers: req.headers, bytes: Buffer.byteLength(raw), body });
    if (state.mode === 'banned') return sendJson(res, 403, { error: 'Too many request limits violations' });
    if (state.requireKey) {
      if (body['api_key'] !== undefined && body['api_key'] !== KEY)
        return sendJson(res, 403, { error: 'Invalid API key' });
      if (body['api_key'] === undefined)
        return sendJson(res, 400, { error: 'Please contact the server operator to get an API key' });
    }
    if (state.mode === 429) return sendJson(res, 429, { error: 'Slowdown: 30 per 1 minute' });
    if (state.mode === 500) return sendJson(res, 500, { error: 'Cannot translate text: boom' });
    const { q, source, target, format } = body;
    if (!q) return sendJson(res, 400, { error: 'Invalid request: missing q parameter' });
    if (!source) return sendJson(res, 400, { error: 'Invalid request: missing source parameter' });
    if (!target) return sendJson(res, 400, { error: 'Invalid request: missing target parameter' });
    const batch = Array.isArray(q);
    if (batch && state.batchLimit !== -1 && q.length > state.batchLimit) {
      return sendJson(res, 400, {
        error: `Invalid request: request (${q.length}) exceeds text limit (${state.batchLimit})`,
      });
    }
    if (source !== 'auto' && !LIBRE_LANGS.has(String(source)))
      return sendJson(res, 400, { error: `${String(source)} is not supported` });
    if (!LIBRE_LANGS.has(String(target))) return sendJson(res, 400, { error: `${String(target)} is not supported` });
    if (format !== undefined && format !== 'text' && format !== 'html')
      return sendJson(res, 400, { error: `${String(format)} format is not supported` });
    const tr = (t: string) => `[${String(target)}] ${t}`;
    if (state.mode === 'wrongShape')
      return sendJson(res, 200, { translated: batch ? q.map(String).map(tr) : tr(String(q)) });
    let out: string[] | string = batch ? (q as string[]).map(tr) : tr(String(q));
    if (state.mode === 'countMismatch' && Array.isArray(out)) out = out.slice(0, -1);
    return sendJson(res, 200, { translatedText: out });
  };
}

describe('LibreTranslate against a local server', () => {
  const state: LibreState = { requireKey: false, batchLimit: -1, mode: 'ok' };
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(libreHandler(state));
  });
  afterAll(() => server.close());
  const run = async (
    patch: Partial<LibreState>,
    config: Partial<Extract<ProviderConfig, { kind: 'libretranslate' }>> = {},
    input = sentences(3),
    from = 'en',
    to = 'de',
  ) => {
    Object.assign(state, { requireKey: false, batchLimit: -1, mode: 'ok' }, patch);
    server.requests.length = 0;
    return translateSentences({ kind: 'libretranslate', url: server.url, ...config }, input, from, to, fetch);
  };

  it('translates 120 sentences in batches, with the documented request', async () => {
    const input = sentences(120);
    const outcome = await run({}, {}, input);
    expect(outcome).toEqual({ ok: true, sentences: input.map((s) => `[de] ${s}`) });
    expect(server.requests.map((r) => (r.body['q'] as string[]).length)).toEqual([50, 50, 20]);
    expect(server.requests[0]!.body).toMatchObject({ source: 'en', target: 'de', format: 'text' });
    expect(server.requests[0]!.body).not.toHaveProperty('api_key');
  });

  it('sends fewer texts at a time when the server has a lower batch limit', async () => {
    const input = sentences(120);
    const outcome = await run({ batchLimit: 20 }, {}, input);
    expect(outcome).toEqual({ ok: true, sentences: input.map((s) => `[de] ${s}`) });
    const accepted = server.requests.map((r) => (r.body['q'] as string[]).length).filter((n) => n <= 20);
    expect(accepted.reduce((a, b) => a + b, 0)).toBe(120);
  });

  it('sends the key in the body as api_key, and an unknown source as auto', async () => {
    const outcome = await run({ requireKey: true }, { apiKey: KEY }, sentences(2), 'und', 'fr');
    expect(outcome.ok).toBe(true);
    expect(server.requests[0]!.body).toMatchObject({ api_key: KEY, source: 'auto', target: 'fr' });
  });

  it('turns a missing or invalid key into an auth notice, and a ban into rate limited', async () => {
    expectNotice(await run({ requireKey: true }), 'notice.translationAuth');
    expectNotice(await run({ requireKey: true }, { apiKey: 'secret-wrong' }), 'notice.translationAuth');
    expectNotice(await run({ mode: 'banned' }, { apiKey: KEY }), 'notice.translationRateLimited');
  });

  it('turns 429 and 500 into notices', async () => {
    expectNotice(await run({ mode: 429 }), 'notice.translationRateLimited');
    expectNotice(await run({ mode: 500 }), 'notice.translationUnavailable', { status: '500' });
  });

  it('names the unsupported language', async () => {
    expectNotice(await run({}, {}, sentences(1), 'en', 'ko'), 'notice.translationUnsupportedLanguage', { lang: 'ko' });
    expectNotice(await run({}, {}, sentences(1), 'ko', 'de'), 'notice.translationUnsupportedLanguage', { lang: 'ko' });
  });

  it('rejects a wrong response shape and a count mismatch', async () => {
    expectNotice(await run({ mode: 'wrongShape' }), 'notice.translationBadResponse');
    expectNotice(await run({ mode: 'countMismatch' }), 'notice.translationBadResponse');
  });
});

describe('LibreTranslate settings', () => {
  it('maps languages to LibreTranslate codes', () => {
    expect(libreLang('de-AT')).toBe('de');
    expect(libreLang('pt_BR')).toBe('pt');
    expect(libreLang('und')).toBeNull();
  });
});
