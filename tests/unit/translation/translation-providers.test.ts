/**
 * Machine-translation providers against local HTTP servers that speak the providers' real
 * APIs (DeepL API v2 `/v2/translate`, LibreTranslate `/translate`), through Node's own fetch.
 * The servers check what the real ones check (auth header, body shape, limits, languages)
 * and translate by a deterministic rule: "[de] " + text.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deeplEndpoint,
  deeplSourceLang,
  deeplTargetLang,
  normalizeServerUrl,
  translateSentences,
  validateProviderConfig,
  validateTranslationSetting,
  type ProviderConfig,
  type TranslateOutcome,
} from '../../../utils/translation/translation-providers';

const KEY = 'secret-9f3a2c71-4d5e-4b8a-a1c2-3e4f5a6b7c8d:fx';

interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  bytes: number;
  body: Record<string, unknown>;
}

interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, raw: string, res: ServerResponse, requests: Recorded[]) => void;

async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const buffer = Buffer.concat(chunks);
      handler(req, buffer.toString('utf8'), res, requests);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

// ---------------------------------------------------------------------------------------
// A DeepL API v2 server

const DEEPL_TARGETS = new Set(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'RU', 'JA', 'EN-GB', 'EN-US', 'PT-BR', 'PT-PT', 'ZH-HANS', 'ZH-HANT', 'EN', 'PT', 'ZH']);
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
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, { message: 'Unsupported media type' });
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
    let translations = text.map((t) => ({ detected_source_language: typeof source === 'string' ? source.toUpperCase() : 'EN', text: prefix + t }));
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
      if (body['api_key'] !== undefined && body['api_key'] !== KEY) return sendJson(res, 403, { error: 'Invalid API key' });
      if (body['api_key'] === undefined) return sendJson(res, 400, { error: 'Please contact the server operator to get an API key' });
    }
    if (state.mode === 429) return sendJson(res, 429, { error: 'Slowdown: 30 per 1 minute' });
    if (state.mode === 500) return sendJson(res, 500, { error: 'Cannot translate text: boom' });
    const { q, source, target, format } = body;
    if (!q) return sendJson(res, 400, { error: 'Invalid request: missing q parameter' });
    if (!source) return sendJson(res, 400, { error: 'Invalid request: missing source parameter' });
    if (!target) return sendJson(res, 400, { error: 'Invalid request: missing target parameter' });
    const batch = Array.isArray(q);
    if (batch && state.batchLimit !== -1 && q.length > state.batchLimit) {
      return sendJson(res, 400, { error: `Invalid request: request (${q.length}) exceeds text limit (${state.batchLimit})` });
    }
    if (source !== 'auto' && !LIBRE_LANGS.has(String(source))) return sendJson(res, 400, { error: `${String(source)} is not supported` });
    if (!LIBRE_LANGS.has(String(target))) return sendJson(res, 400, { error: `${String(target)} is not supported` });
    if (format !== undefined && format !== 'text' && format !== 'html') return sendJson(res, 400, { error: `${String(format)} format is not supported` });
    const tr = (t: string) => `[${String(target)}] ${t}`;
    if (state.mode === 'wrongShape') return sendJson(res, 200, { translated: batch ? q.map(String).map(tr) : tr(String(q)) });
    let out: string[] | string = batch ? (q as string[]).map(tr) : tr(String(q));
    if (state.mode === 'countMismatch' && Array.isArray(out)) out = out.slice(0, -1);
    return sendJson(res, 200, { translatedText: out });
  };
}

const sentences = (n: number, length = 0) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of the article.${length ? ' ' + 'x'.repeat(length) : ''}`);

function expectNotice(outcome: TranslateOutcome, key: string, params?: Record<string, string>): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.notice.key).toBe(key);
  if (params) expect(outcome.notice.params).toEqual(params);
  // The API key never shows up in what the user sees.
  expect(JSON.stringify(outcome)).not.toContain(KEY);
  expect(JSON.stringify(outcome)).not.toContain('secret-');
}

// ---------------------------------------------------------------------------------------

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
    const wrongKey = await translateSentences({ kind: 'deepl', apiKey: 'secret-wrong', endpoint: server.url }, ['Hi.'], 'en', 'de', fetch);
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
    const outcome = await translateSentences({ kind: 'deepl', apiKey: KEY, endpoint: gone.url }, ['Hi.'], 'en', 'de', fetch, 2_000);
    expectNotice(outcome, 'notice.translationUnreachable');
  });
});

describe('LibreTranslate against a local server', () => {
  const state: LibreState = { requireKey: false, batchLimit: -1, mode: 'ok' };
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(libreHandler(state));
  });
  afterAll(() => server.close());
  const run = async (patch: Partial<LibreState>, config: Partial<Extract<ProviderConfig, { kind: 'libretranslate' }>> = {}, input = sentences(3), from = 'en', to = 'de') => {
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

describe('provider settings', () => {
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

  it('accepts only http(s) server addresses without credentials, query or fragment', () => {
    expect(normalizeServerUrl(' https://translate.example.org/ ')).toBe('https://translate.example.org');
    expect(normalizeServerUrl('http://127.0.0.1:5000/lt/')).toBe('http://127.0.0.1:5000/lt');
    for (const bad of ['', 'translate.example.org', 'ftp://x.org', 'javascript:alert(1)', 'https://u:p@x.org', 'https://x.org/?a=1', 'file:///etc/passwd']) {
      expect(normalizeServerUrl(bad), bad).toBeNull();
    }
  });

  it('validates what storage holds', () => {
    expect(validateProviderConfig({ kind: 'none' })).toEqual({ kind: 'none' });
    expect(validateProviderConfig({ kind: 'deepl', apiKey: ' k:fx ' })).toEqual({ kind: 'deepl', apiKey: 'k:fx' });
    expect(validateProviderConfig({ kind: 'deepl', apiKey: '' })).toBeNull();
    expect(validateProviderConfig({ kind: 'deepl', apiKey: 'a\nb' })).toBeNull();
    expect(validateProviderConfig({ kind: 'deepl', apiKey: 'k', endpoint: 'ftp://x' })).toBeNull();
    expect(validateProviderConfig({ kind: 'libretranslate', url: 'https://lt.example/', apiKey: '' })).toEqual({ kind: 'libretranslate', url: 'https://lt.example' });
    expect(validateProviderConfig({ kind: 'libretranslate', url: 'javascript:1' })).toBeNull();
    expect(validateProviderConfig({ kind: 'chrome' })).toBeNull();
    expect(validateTranslationSetting({ kind: 'chrome', extra: 1 })).toEqual({ kind: 'chrome' });
    for (const junk of [null, undefined, 'deepl', 42, [], { kind: 'google' }]) expect(validateProviderConfig(junk)).toBeNull();
  });

  it('says so when no provider is configured, without any request', async () => {
    let called = false;
    const outcome = await translateSentences({ kind: 'none' }, ['Hi.'], 'en', 'de', (async () => {
      called = true;
      throw new Error('no');
    }));
    expectNotice(outcome, 'notice.translationNotConfigured');
    expect(called).toBe(false);
  });
});
