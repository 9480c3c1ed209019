import { describe, expect, it } from 'vitest';
import { fetchHtml, queuedHtmlFetcher, type FetchOutcome } from '../../../utils/counterpart/fetch-html.ts';

const PAGE = 'https://news.example/en/article.html';
const HTML = '<!doctype html><html lang="de"><title>Artikel</title><p>Text.</p></html>';
const encoder = new TextEncoder();

interface Call {
  url: string;
  redirect: RequestRedirect | undefined;
  credentials: RequestCredentials | undefined;
}

/** A fake `fetch` that answers from a table of routes and records every request. */
function fakeFetch(routes: Record<string, (init: RequestInit) => Response | Promise<Response>>) {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, redirect: init.redirect, credentials: init.credentials });
    const route = routes[url];
    if (!route) throw new TypeError(`no route for ${url}`);
    return route(init);
  }) as typeof fetch;
  return { fetchFn, calls };
}

const html =
  (body = HTML, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
const redirect =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location } });

/** What a browser gives a script for a manual redirect: status 0, no headers, no body. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

/** A response as `redirect: 'follow'` gives it: the final address in `url`. */
function followed(finalUrl: string, body = HTML): Response {
  const response = html(body)();
  Object.defineProperty(response, 'url', { value: finalUrl });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

/** An endless HTML body of 64 KiB chunks, made only as it is pulled. */
function endlessBody() {
  const chunk = encoder.encode(`<p>${'x'.repeat(65_536 - 7)}</p>`);
  const counts = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('<!doctype html><html><body>'));
    },
    pull(controller) {
      counts.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      counts.cancelled = true;
    },
  });
  return { stream, counts };
}

const notice = (outcome: FetchOutcome) => (outcome.ok ? null : outcome.notice.key);

describe('fetchHtml: which addresses it requests', () => {
  const refused: Array<[string, string]> = [
    ['http://127.0.0.1:9000/de.html', PAGE],
    ['http://localhost/de.html', PAGE],
    ['http://2130706433/de.html', PAGE],
    ['http://[::ffff:127.0.0.1]/de.html', PAGE],
    ['http://[::1]/de.html', PAGE],
    ['http://nas.lan/de.html', PAGE],
    ['http://192.168.1.1/de.html', PAGE],
    ['http://intranet/de.html', PAGE],
    ['http://192.168.1.1/de.html', 'http://127.0.0.1:8080/en.html'],
    ['file:///etc/passwd', PAGE],
  ];
  it.each(refused)('does not request %s for a page at %s', async (url, pageUrl) => {
    const { fetchFn, calls } = fakeFetch({ [url]: html() });
    const outcome = await fetchHtml(url, fetchFn, { pageUrl });
    expect(calls).toHaveLength(0);
    expect(outcome).toEqual({
      ok: false,
      notice: { level: 'warning', key: 'notice.alternatePrivateAddress', params: { url } },
    });
  });

  it('requests a page on its own private host (a page served from this computer or an intranet)', async () => {
    const url = 'http://127.0.0.1:8080/de.html';
    const { fetchFn, calls } = fakeFetch({ [url]: html() });
    const outcome = await fetchHtml(url, fetchFn, { pageUrl: 'http://127.0.0.1:8080/en.html' });
    expect(outcome).toEqual({ ok: true, html: HTML, url });
    expect(calls).toEqual([{ url, redirect: 'manual', credentials: 'omit' }]);
  });

  it('requests a public page without cookies', async () => {
    const url = 'https://news.example/de/artikel.html';
    const { fetchFn, calls } = fakeFetch({ [url]: html() });
    expect(await fetchHtml(url, fetchFn, { pageUrl: PAGE })).toEqual({ ok: true, html: HTML, url });
    expect(calls[0]!.credentials).toBe('omit');
  });
});

describe('fetchHtml: redirects', () => {
  it('follows a redirect that says where it goes, checking the target first', async () => {
    const start = 'http://news.example/de';
    const { fetchFn, calls } = fakeFetch({
      [start]: redirect('https://news.example/de/'),
      'https://news.example/de/': redirect('/de/artikel.html', 301),
      'https://news.example/de/artikel.html': html(),
    });
    const outcome = await fetchHtml(start, fetchFn, { pageUrl: PAGE });
    expect(outcome).toEqual({ ok: true, html: HTML, url: 'https://news.example/de/artikel.html' });
    expect(calls.map((call) => call.url)).toEqual([
      start,
      'https://news.example/de/',
      'https://news.example/de/artikel.html',
    ]);
    expect(calls.every((call) => call.redirect === 'manual')).toBe(true);
  });

  it.each([
    'http://127.0.0.1:9000/',
    'http://0x7f.1/',
    'http://[::1]:9000/x',
    'http://router.home.arpa/',
    'http://10.0.0.1/',
  ])('does not follow a redirect to %s', async (target) => {
    const start = 'https://news.example/de.html';
    const { fetchFn, calls } = fakeFetch({
      [start]: redirect('https://cdn.news.example/de.html'),
      'https://cdn.news.example/de.html': redirect(target, 307),
      [new URL(target).href]: html(),
    });
    const outcome = await fetchHtml(start, fetchFn, { pageUrl: PAGE });
    expect(notice(outcome)).toBe('notice.alternatePrivateAddress');
    expect(calls.map((call) => call.url)).toEqual([start, 'https://cdn.news.example/de.html']);
  });

  it('gives up after too many redirects', async () => {
    const routes: Record<string, () => Response> = {};
    for (let i = 0; i < 10; i++) routes[`https://news.example/${i}`] = redirect(`https://news.example/${i + 1}`);
    const { fetchFn, calls } = fakeFetch(routes);
    const outcome = await fetchHtml('https://news.example/0', fetchFn, { pageUrl: PAGE });
    expect(notice(outcome)).toBe('notice.alternateNetworkError');
    expect(calls.length).toBeLessThanOrEqual(6);
  });

  it('where the browser hides a redirect, lets it follow and refuses a page that ends at a private address', async () => {
    const start = 'https://news.example/de.html';
    let follows = 0;
    const { fetchFn, calls } = fakeFetch({
      [start]: (init) =>
        init.redirect === 'manual' ? opaqueRedirect() : (follows++, followed('http://192.168.0.10/de.html')),
    });
    const outcome = await fetchHtml(start, fetchFn, { pageUrl: PAGE });
    expect(notice(outcome)).toBe('notice.alternatePrivateAddress');
    expect(calls.map((call) => call.redirect)).toEqual(['manual', 'follow']);
    expect(follows).toBe(1);
  });

  it('where the browser hides a redirect, takes a page that ends at a public address', async () => {
    const start = 'https://news.example/de.html';
    const { fetchFn } = fakeFetch({
      [start]: (init) => (init.redirect === 'manual' ? opaqueRedirect() : followed('https://www.news.example/de.html')),
    });
    expect(await fetchHtml(start, fetchFn, { pageUrl: PAGE })).toEqual({
      ok: true,
      html: HTML,
      url: 'https://www.news.example/de.html',
    });
  });
});

describe('fetchHtml: the body', () => {
  const url = 'https://news.example/de.html';

  it('stops reading a body larger than the cap, without reading it whole', async () => {
    const { stream, counts } = endlessBody();
    const { fetchFn } = fakeFetch({ [url]: () => new Response(stream, { headers: { 'content-type': 'text/html' } }) });
    const outcome = await fetchHtml(url, fetchFn, { pageUrl: PAGE, maxBytes: 1_000_000 });
    expect(outcome).toEqual({
      ok: false,
      notice: { level: 'warning', key: 'notice.alternateTooLarge', params: { url } },
    });
    // 1 MB is 16 chunks of 64 KiB: a few more may be queued, never the endless rest.
    expect(counts.pulled).toBeGreaterThanOrEqual(15);
    expect(counts.pulled).toBeLessThan(25);
    await new Promise((done) => setTimeout(done, 0));
    expect(counts.cancelled).toBe(true);
  });

  it('refuses a body whose declared length is over the cap before reading any of it', async () => {
    const { stream, counts } = endlessBody();
    const { fetchFn } = fakeFetch({
      [url]: () => new Response(stream, { headers: { 'content-type': 'text/html', 'content-length': '300000000' } }),
    });
    const outcome = await fetchHtml(url, fetchFn, { pageUrl: PAGE, maxBytes: 1_000_000 });
    expect(notice(outcome)).toBe('notice.alternateTooLarge');
    expect(counts.pulled).toBeLessThanOrEqual(1);
  });

  it('reads a body just under the cap', async () => {
    const body = `<!doctype html><p>${'y'.repeat(999_000)}</p>`;
    const { fetchFn } = fakeFetch({ [url]: html(body) });
    const outcome = await fetchHtml(url, fetchFn, { pageUrl: PAGE, maxBytes: 1_000_000 });
    expect(outcome.ok && outcome.html.length).toBe(body.length);
  });

  it('times out on a body that stops arriving, even when the stream ignores the abort', async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('<!doctype html><html><body><p>The beginning'));
      },
      pull: () => new Promise<void>(() => undefined),
      cancel() {
        cancelled = true;
      },
    });
    const { fetchFn } = fakeFetch({ [url]: () => new Response(stalled, { headers: { 'content-type': 'text/html' } }) });
    const started = Date.now();
    const outcome = await fetchHtml(url, fetchFn, { pageUrl: PAGE, timeoutMs: 200 });
    expect(outcome).toEqual({
      ok: false,
      notice: { level: 'warning', key: 'notice.alternateTimeout', params: { url } },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((done) => setTimeout(done, 0));
    expect(cancelled).toBe(true);
  });

  it('times out on headers that never come', async () => {
    const { fetchFn } = fakeFetch({
      [url]: (init) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    });
    expect(notice(await fetchHtml(url, fetchFn, { pageUrl: PAGE, timeoutMs: 100 }))).toBe('notice.alternateTimeout');
  });

  it('still says why a page is not usable: an error status, another type, binary bytes, a network error', async () => {
    const { fetchFn } = fakeFetch({
      'https://news.example/404': () => new Response('gone', { status: 404, headers: { 'content-type': 'text/html' } }),
      'https://news.example/pdf': () => new Response('%PDF-1.4', { headers: { 'content-type': 'application/pdf' } }),
      'https://news.example/bin': () =>
        new Response(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), { headers: { 'content-type': 'text/html' } }),
    });
    expect(notice(await fetchHtml('https://news.example/404', fetchFn, { pageUrl: PAGE }))).toBe(
      'notice.alternateHttpError',
    );
    expect(notice(await fetchHtml('https://news.example/pdf', fetchFn, { pageUrl: PAGE }))).toBe(
      'notice.alternateNotHtml',
    );
    expect(notice(await fetchHtml('https://news.example/bin', fetchFn, { pageUrl: PAGE }))).toBe(
      'notice.alternateNotHtml',
    );
    expect(notice(await fetchHtml('https://news.example/none', fetchFn, { pageUrl: PAGE }))).toBe(
      'notice.alternateNetworkError',
    );
  });
});

describe('fetchHtml: decoding', () => {
  const url = 'https://news.example/de.html';
  const latin1 = new Uint8Array([
    ...encoder.encode('<!doctype html><p>Stra'),
    0xdf,
    ...encoder.encode('e, M'),
    0xfc,
    ...encoder.encode('nchen</p>'),
  ]);
  const decode = async (bytes: Uint8Array<ArrayBuffer>, contentType: string) => {
    const { fetchFn } = fakeFetch({ [url]: () => new Response(bytes, { headers: { 'content-type': contentType } }) });
    const outcome = await fetchHtml(url, fetchFn, { pageUrl: PAGE });
    return outcome.ok ? outcome.html : null;
  };

  it('decodes in the charset of the Content-Type', async () => {
    expect(await decode(latin1, 'text/html; charset=ISO-8859-1')).toContain('Straße, München');
    expect(await decode(latin1, 'text/html;charset="windows-1252"')).toContain('Straße, München');
  });

  it('decodes in the charset of a meta element when the Content-Type names none', async () => {
    const bytes = new Uint8Array([...encoder.encode('<meta charset="iso-8859-1">'), ...latin1]);
    expect(await decode(bytes, 'text/html')).toContain('Straße, München');
  });

  it('decodes UTF-8 otherwise, and when the charset is unknown', async () => {
    const utf8 = encoder.encode('<!doctype html><p>Straße, München, 東京</p>');
    expect(await decode(utf8, 'text/html')).toContain('Straße, München, 東京');
    expect(await decode(utf8, 'text/html; charset=no-such-charset')).toContain('Straße, München, 東京');
    expect(await decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'text/html')).toMatch(/^<!doctype/);
  });
});

describe('queuedHtmlFetcher', () => {
  it('sends one request at a time to a site, and requests to other sites alongside', async () => {
    let running = 0;
    let most = 0;
    const started: string[] = [];
    const fetchFn = (async (input: RequestInfo | URL) => {
      started.push(String(input));
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 30));
      running--;
      return html()();
    }) as typeof fetch;
    const fetchPage = queuedHtmlFetcher(fetchFn);
    const same = ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'];
    const outcomes = await Promise.all(same.map((url) => fetchPage(url, PAGE)));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(most).toBe(1);
    expect(started).toEqual(same);

    most = 0;
    await Promise.all([fetchPage('https://one.example/a', PAGE), fetchPage('https://two.example/a', PAGE)]);
    expect(most).toBe(2);
  });

  it('checks the address before anything else', async () => {
    const { fetchFn, calls } = fakeFetch({});
    const outcome = await queuedHtmlFetcher(fetchFn)('http://127.0.0.1/', PAGE);
    expect(notice(outcome)).toBe('notice.alternatePrivateAddress');
    expect(calls).toHaveLength(0);
  });
});
