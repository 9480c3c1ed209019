/**
 * A page on the public web can't make the extension reach this computer: the article is
 * served as `news.example` (the browser resolves that name to 127.0.0.1, so to the extension
 * it is a public host), and its alternate link points at a second server on 127.0.0.1 that
 * records every request. Chromium, then Firefox with the same scenarios.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPageHtml } from '../../scripts/site/news-page.ts';
import { launchChromium, launchFirefox } from './support/browsers.ts';
import { waitForPanelState, type Evaluator } from './support/panel.ts';

const PUBLIC_HOST = 'news.example';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface LocalServer {
  port: number;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function serve(route: (path: string) => Answer | undefined): Promise<LocalServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const answer = route(path) ?? { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' };
    response.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
    response.end(answer.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

const page = (body: string): Answer => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

interface Servers {
  /** The news site, addressed as http://news.example:port. */
  site: LocalServer;
  /** A server on this computer that an alternate link names. */
  loopback: LocalServer;
  /** A server on this computer that a redirect leads to. */
  redirectTarget: LocalServer;
}

const servers = {} as Servers;
const publicUrl = (path: string) => `http://${PUBLIC_HOST}:${servers.site.port}${path}`;

beforeAll(async () => {
  // The German edition of the same story: were it fetched, the panel would align it.
  const german = (path: string) => (path === '/de.html' ? page(seedPageHtml('de')) : undefined);
  servers.loopback = await serve(german);
  servers.redirectTarget = await serve(german);
  servers.site = await serve((path) => {
    switch (path) {
      case '/en.html':
        return page(
          seedPageHtml('en', {
            alternates: [{ lang: 'de', url: `http://127.0.0.1:${servers.loopback.port}/de.html` }],
          }),
        );
      case '/en-redirect.html':
        return page(seedPageHtml('en', { alternates: [{ lang: 'de', url: publicUrl('/de-moved.html') }] }));
      case '/de-moved.html':
        return {
          status: 302,
          headers: { location: `http://127.0.0.1:${servers.redirectTarget.port}/de.html` },
          body: '',
        };
      default:
        return undefined;
    }
  });
});

afterAll(async () => {
  await Promise.all([servers.site, servers.loopback, servers.redirectTarget].map((server) => server.close()));
});

interface GuardedBrowser {
  openTab(url: string): Promise<{ tabId: number }>;
  openPanel(tabId: number): Promise<Evaluator>;
  close(): Promise<void>;
}

function scenarios(env: { browser?: GuardedBrowser }): void {
  it('does not request a loopback alternate named by a page on the public web, and says why', async () => {
    const { tabId } = await env.browser!.openTab(publicUrl('/en.html'));
    const panel = await env.browser!.openPanel(tabId);
    const snapshot = await waitForPanelState(panel, ['no-counterpart', 'ready', 'error'], 60_000);
    expect(snapshot.state).toBe('no-counterpart');
    expect(snapshot.notices).toContain('notice.alternatePrivateAddress');
    expect(snapshot.pageSentences).toBeGreaterThanOrEqual(9);
    expect(snapshot.hasPasteForm).toBe(true);
    expect(servers.loopback.requests).toEqual([]);
  });

  it('does not use a page that a redirect brings to a loopback address', async () => {
    const { tabId } = await env.browser!.openTab(publicUrl('/en-redirect.html'));
    const panel = await env.browser!.openPanel(tabId);
    const snapshot = await waitForPanelState(panel, ['no-counterpart', 'ready', 'error'], 60_000);
    expect(snapshot.state).toBe('no-counterpart');
    expect(snapshot.notices).toContain('notice.alternatePrivateAddress');
    expect(servers.site.requests).toContain('/de-moved.html');
  });
}

describe('Chromium, built extension: no requests into this computer for a public page', () => {
  const env: { browser?: GuardedBrowser } = {};
  beforeAll(async () => {
    servers.loopback.requests.length = 0;
    env.browser = await launchChromium({
      args: [`--host-resolver-rules=MAP ${PUBLIC_HOST} 127.0.0.1`, '--disable-features=HttpsUpgrades'],
    });
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  scenarios(env);
});

describe('Firefox, built extension: no requests into this computer for a public page', () => {
  const env: { browser?: GuardedBrowser } = {};
  beforeAll(async () => {
    servers.loopback.requests.length = 0;
    env.browser = await launchFirefox({
      prefs: { 'network.dns.localDomains': PUBLIC_HOST, 'dom.security.https_first': false },
    });
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  scenarios(env);
});
