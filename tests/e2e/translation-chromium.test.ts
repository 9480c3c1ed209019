import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/browsers.ts';
import { seedGold, waitForPanelState } from './support/panel.ts';
import { startTestSite, type TestSite } from '../../scripts/site/test-site.ts';

interface LibreRequest {
  q: string[];
  source: string;
  target: string;
  format: string;
  api_key?: string;
}

/**
 * A LibreTranslate server on 127.0.0.1 speaking its real HTTP API (POST /translate, JSON
 * `{ q, source, target, format, api_key? }` → `{ translatedText }`); it "translates" by tagging.
 * With `apiKeys`, a request without one of those keys is refused as LibreTranslate refuses it (403).
 */
async function startLibreTranslate(
  apiKeys?: string[],
): Promise<{ url: string; requests: LibreRequest[]; close(): void }> {
  const requests: LibreRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (
        req.method !== 'POST' ||
        req.url !== '/translate' ||
        !/application\/json/.test(req.headers['content-type'] ?? '')
      ) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'Not Found' }));
        return;
      }
      const request = JSON.parse(body) as LibreRequest;
      requests.push(request);
      if (apiKeys !== undefined && !apiKeys.includes(request.api_key ?? '')) {
        res.writeHead(403, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify({ error: 'Invalid API key' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify({ translatedText: request.q.map((text) => `[MT ${request.target}] ${text}`) }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() };
}

const LIBRE_KEY = 'lt-key-6c1f0e9d-8b7a-4c5d';
const OLD_KEY = 'lt-key-stored-by-an-earlier-version';

/**
 * What a content script of the extension (an isolated world in the tab) can read of storage.local
 * and which IndexedDB databases it sees, as text. Run through scripting.executeScript from an
 * extension page; a refusal to read storage.local is part of the answer.
 */
const CONTENT_SCRIPT_VIEW = `(async (tabId) => {
  const [result] = await chrome.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: async () => {
      let local;
      try {
        local = await chrome.storage.local.get(null);
      } catch (error) {
        local = 'refused: ' + String(error);
      }
      const databases = (await indexedDB.databases()).map((db) => db.name);
      return JSON.stringify({ local, databases });
    },
  });
  return result.result;
})`;

describe('Chromium, built extension: machine translation as the labelled last resort', () => {
  let site: TestSite;
  let browser: ChromiumSession;
  let libre: Awaited<ReturnType<typeof startLibreTranslate>>;
  let keyed: Awaited<ReturnType<typeof startLibreTranslate>>;

  beforeAll(async () => {
    site = await startTestSite();
    libre = await startLibreTranslate();
    keyed = await startLibreTranslate([LIBRE_KEY, OLD_KEY]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    libre?.close();
    keyed?.close();
    await site?.close();
  });

  it('is not offered until set up, then translates only when asked and says it is a machine translation', async () => {
    const first = await browser.openTab(site.url('/de-plain.html'));
    let panel = await browser.openPanel(first.tabId);
    await waitForPanelState(panel, ['no-counterpart']);
    expect(await panel.locator('[data-testid=machine-translate]').count()).toBe(0);

    const options = await browser.extensionPage('options.html');
    await options.selectOption('[data-testid=translation-provider]', 'libretranslate');
    await options.fill('[data-testid=translation-libre-url]', libre.url);
    await options.click('[data-testid=translation-save]');
    await options.waitForSelector('[data-testid=translation-saved]:not(:empty)');

    const second = await browser.openTab(site.url('/de-plain.html'));
    panel = await browser.openPanel(second.tabId);
    await waitForPanelState(panel, ['no-counterpart']);
    await panel.waitForSelector('[data-testid=machine-translate]');
    expect(libre.requests).toHaveLength(0); // offered, not sent

    await panel.click('[data-testid=machine-translate]');
    const snapshot = await waitForPanelState(panel, ['ready']);
    expect(snapshot.source).toBe('translation');
    expect(snapshot.langCounterpart).toBe('en');
    expect(snapshot.notices).toContain('notice.machineTranslation');
    const gold = seedGold();
    expect(snapshot.rows).toHaveLength(gold.de.length);
    expect(snapshot.rows[0]!.counterpart.text).toBe(`[MT en] ${gold.de[0]}`);
    expect(libre.requests.map((r) => [r.source, r.target])).toEqual([['de', 'en']]);
  });

  it('refuses an http:// server of another computer in the options, saying why', async () => {
    const options = await browser.extensionPage('options.html');
    await options.selectOption('[data-testid=translation-provider]', 'libretranslate');
    await options.fill('[data-testid=translation-libre-url]', 'http://translate.example.org');
    await options.click('[data-testid=translation-save]');
    const error = await options.textContent('[data-testid=translation-error]');
    expect(error).toContain('unencrypted');
    expect(await options.textContent('[data-testid=translation-saved]')).toBe('');
    await options.reload();
    await options.waitForSelector('[data-testid=translation-libre-url]');
    expect(await options.inputValue('[data-testid=translation-libre-url]')).toBe(libre.url);
    await options.close();
  });

  it('keeps the API key where content scripts cannot read it, and sends it only to the server', async () => {
    const options = await browser.extensionPage('options.html');
    await options.selectOption('[data-testid=translation-provider]', 'libretranslate');
    await options.fill('[data-testid=translation-libre-url]', keyed.url);
    await options.fill('[data-testid=translation-libre-key]', LIBRE_KEY);
    await options.click('[data-testid=translation-save]');
    await options.waitForSelector('[data-testid=translation-saved]:not(:empty)');

    const tab = await browser.openTab(site.url('/de-plain.html'));
    const seen = String(await options.evaluate(`${CONTENT_SCRIPT_VIEW}(${tab.tabId})`));
    expect(seen).not.toContain(LIBRE_KEY);
    expect(seen).not.toContain('counterpart-secrets');

    const panel = await browser.openPanel(tab.tabId);
    await waitForPanelState(panel, ['no-counterpart']);
    await panel.click('[data-testid=machine-translate]');
    const snapshot = await waitForPanelState(panel, ['ready']);
    expect(snapshot.source).toBe('translation');
    expect(keyed.requests.at(-1)?.api_key).toBe(LIBRE_KEY);
    await options.close();
  });

  it('moves a key an earlier version left in storage.local out of it, and goes on using it', async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(
      `chrome.storage.local.set({ translationProvider: { kind: 'libretranslate', url: ${JSON.stringify(keyed.url)}, apiKey: ${JSON.stringify(OLD_KEY)} } })`,
    );
    const before = keyed.requests.length;
    const tab = await browser.openTab(site.url('/de-plain.html'));
    const panel = await browser.openPanel(tab.tabId);
    await waitForPanelState(panel, ['no-counterpart']);
    const options = await browser.extensionPage('options.html');
    await options.waitForSelector('[data-testid=translation-libre-key]');
    expect(await options.inputValue('[data-testid=translation-libre-key]')).toBe(OLD_KEY);
    const stored = JSON.stringify(await worker.evaluate('chrome.storage.local.get(null)'));
    expect(stored).toContain(keyed.url);
    expect(stored).not.toContain(OLD_KEY);
    expect(String(await options.evaluate(`${CONTENT_SCRIPT_VIEW}(${tab.tabId})`))).not.toContain(OLD_KEY);

    await panel.click('[data-testid=machine-translate]');
    await waitForPanelState(panel, ['ready']);
    expect(keyed.requests.slice(before).map((r) => r.api_key)).toEqual([OLD_KEY]);
    await options.close();
  });
});
