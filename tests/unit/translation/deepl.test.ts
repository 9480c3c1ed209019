/**
 * DeepL against a local HTTP server that speaks the real API v2 (`/v2/translate`), through
 * Node's own fetch. The server checks what DeepL checks (auth header, body shape, limits,
 * languages) and translates by a deterministic rule: "[de] " + text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deeplEndpoint, deeplSourceLang, deeplTargetLang } from '../../../utils/translation/deepl.ts';
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

const DEEPL_TARGETS = new Set([
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'PL',
  'RU',
  'JA',
  'EN-GB',
  'EN-US',
  'PT-BR',
  'PT-PT',
  'ZH-HANS',
  'ZH-HANT',
  'EN',
  'PT',
  'ZH',
]);
const DEEPL_SOURCES = new Set(['DE', 'EN', 'FR', 'ES', 'IT', 'NL', 'PL', 'PT', 'RU', 'JA', 'ZH']);

type DeepLMode = 'ok' | 401 | 403 | 429 | 456 | 500 | 'wrongShape' | 'countMismatch' | 'notJson' | 'hang' | 'stallBody';

function deeplHandler(state: { mode: DeepLMode }): Handler {
  return (req, raw, res, requests) => {
    if (state.mode === 'hang') return; // never answers
    if (req.method !== 'POST' || req.url !== '/v2/translate') return sendJson(res, 404, { message: 'Not found' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return sendJson(res, 400, { message: 'Bad request' });
    }
    requests.push({ path: req.url, headers: req.headers, bytes: Buffer.byteLength(raw), body });
    if (typeof state.mode === 'number') return sendJson(res, state.mode, { message: `status ${state.mode}` });
    if (req.headers['authorization'] !== `DeepL-Auth-Key ${KEY}`) {
      return sendJson(res, 403, { message: 'Authorization failure, check auth_key' });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendJson(res, 415, { message: 'Unsupported media type' });
    if (Buffer.byteLength(raw) > 128 * 1024) return sendJson(res, 413, { message: 'Request Entity Too Large' });
    const { text, target_lang: target, source_lang: source } = body;
    if (!Array.isArray(text) || text.length === 0 || !text.every((t) => typeof t === 'string')) {
      return sendJson(res, 400, { message: "Parameter 'text' not specified." });
    }
    if (text.length > 50) return sendJson(res, 413, { message: 'Too many texts' });
    if (typeof target !== 'string' || !DEEPL_TARGETS.has(target.toUpperCase())) {
      return sendJson(res, 400, { message: "Value for 'target_lang' not supported." });
    }
    if (source !== undefined && (typeof source !== 'string' || !DEEPL_SOURCES.has(source.toUpperCase()))) {
      return sendJson(res, 400, { message: "Value for 'source_lang' not supported." });
    }
    const prefix = `[${target.toLowerCase().split('-')[0]}] `;
    let translations = text.map((t) => ({
      detected_source_language: typeof source === 'string' ? source.toUpperCase() : 'EN',
      text: prefix + t,
    }));
    if (state.mode === 'countMismatch') translations = translations.slice(1);
    if (state.mode === 'wrongShape') return sendJson(res, 200, { translation: translations });
    if (state.mode === 'notJson') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<html>maintenance</html>');
    }
    if (state.mode === 'stallBody') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"translations": [');
      return; // the rest never comes
    }
    return sendJson(res, 200, { translations });
  };
}

describe('DeepL API v2 against a local server', () => {
  const state: { mode: DeepLMode } = { mode: 'ok' };
  let server: TestServer;
  let config: ProviderConfig;
  beforeAll(async () => {
    server = await startServer(deeplHandler(state));
    config = { kind: 'deepl', apiKey: KEY, endpoint: server.url };
  });
  afterAll(() => server.close());
  const run = async (mode: DeepLMode, input = sentences(3), from = 'en', to = 'de', timeout?: number) => {
    state.mode = mode;
    server.requests.length = 0;
    return translateSentences(config, input, from, to, fetch, timeout);
  };

  it('translates 120 sentences in batches of at most 50, in order, with the documented request', async () => {
    const input = sentences(120);
    const outcome = await run('ok', input);
    expect(outcome).toEqual({ ok: true, sentences: input.map((s) => `[de] ${s}`) });
    expect(server.requests.map((r) => (r.body['text'] as string[]).length)).toEqual([50, 50, 20]);
    const first = server.requests[0]!;
    expect(first.headers['authorization']).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.body['target_lang']).toBe('DE');
    expect(first.body['source_lang']).toBe('EN');
  });

  it('keeps every request body under 128 KiB with long sentences', async () => {
    const input = sentences(60, 4000);
    const outcome = await run('ok', input);
    expect(outcome.ok).toBe(true);
    expect(server.requests.length).toBeGreaterThan(1);
    for (const r of server.requests) expect(r.bytes).toBeLessThanOrEqual(128 * 1024);
    if (outcome.ok) expect(outcome.sentences[59]).toBe(`[de] ${input[59]}`);
  });

  it('asks for a regional variant where plain EN/PT are deprecated, and leaves an unknown source to detection', async () => {
    await run('ok', sentences(1), 'und', 'en');
    expect(server.requests[0]!.body['target_lang']).toBe('EN-US');
    expect(server.requests[0]!.body).not.toHaveProperty('source_lang');
    await run('ok', sentences(1), 'de', 'pt');
    expect(server.requests[0]!.body['target_lang']).toBe('PT-BR');
  });

  it('does not send empty sentences and keeps their places', async () => {
    const outcome = await run('ok', ['One.', '  ', 'Two.']);
    expect(outcome).toEqual({ ok: true, sentences: ['[de] One.', '  ', '[de] Two.'] });
    expect(server.requests[0]!.body['text']).toEqual(['One.', 'Two.']);
  });

  it('turns a rejected key (401, 403) into an auth notice', async () => {
    expectNotice(await run(401), 'notice.translationAuth');
    expectNotice(await run(403), 'notice.translationAuth');
    state.mode = 'ok';
    const wrongKey = await translateSentences(
      { kind: 'deepl', apiKey: 'secret-wrong', endpoint: server.url },
      ['Hi.'],
      'en',
      'de',
      fetch,
    );
    expectNotice(wrongKey, 'notice.translationAuth');
  });

  it('turns 429 into rate limited and 456 into quota exceeded', async () => {
    expectNotice(await run(429), 'notice.translationRateLimited');
    expectNotice(await run(456), 'notice.translationQuota');
  });

  it('turns 500 into unavailable with the status', async () => {
    expectNotice(await run(500), 'notice.translationUnavailable', { status: '500' });
  });

  it('turns an unsupported target language into a notice naming it', async () => {
    expectNotice(await run('ok', sentences(1), 'en', 'xx'), 'notice.translationUnsupportedLanguage', { lang: 'xx' });
    expectNotice(await run('ok', sentences(1), 'qq', 'de'), 'notice.translationUnsupportedLanguage', { lang: 'qq' });
  });

  it('gives up on a server that never answers, or never finishes its answer, with a timeout notice', async () => {
    const started = Date.now();
    expectNotice(await run('hang', sentences(3), 'en', 'de', 300), 'notice.translationTimeout');
    expectNotice(await run('stallBody', sentences(3), 'en', 'de', 300), 'notice.translationTimeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects a wrong response shape, a count mismatch and a non-JSON body', async () => {
    expectNotice(await run('wrongShape'), 'notice.translationBadResponse');
    expectNotice(await run('countMismatch'), 'notice.translationBadResponse');
    expectNotice(await run('notJson'), 'notice.translationBadResponse');
  });

  it('says the service cannot be reached when nothing listens', async () => {
    const gone = await startServer(() => undefined);
    await gone.close();
    const outcome = await translateSentences(
      { kind: 'deepl', apiKey: KEY, endpoint: gone.url },
      ['Hi.'],
      'en',
      'de',
      fetch,
      2_000,
    );
    expectNotice(outcome, 'notice.translationUnreachable');
  });
});

describe('DeepL settings', () => {
  it('picks the DeepL endpoint by key', () => {
    expect(deeplEndpoint('abc:fx')).toBe('https://api-free.deepl.com');
    expect(deeplEndpoint('abc')).toBe('https://api.deepl.com');
  });

  it('maps languages to DeepL codes', () => {
    expect(deeplSourceLang('en-GB')).toBe('EN');
    expect(deeplSourceLang('und')).toBeNull();
    expect(deeplTargetLang('en')).toBe('EN-US');
    expect(deeplTargetLang('en-GB')).toBe('EN-GB');
    expect(deeplTargetLang('pt-PT')).toBe('PT-PT');
    expect(deeplTargetLang('zh-TW')).toBe('ZH-HANT');
    expect(deeplTargetLang('zh')).toBe('ZH-HANS');
    expect(deeplTargetLang('de')).toBe('DE');
  });
});
