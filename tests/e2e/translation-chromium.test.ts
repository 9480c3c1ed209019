import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/browsers.ts';
import { seedGold, waitForPanelState } from './support/panel.ts';
import { startTestSite, type TestSite } from './support/test-site.ts';

/**
 * A LibreTranslate server on 127.0.0.1 speaking its real HTTP API (POST /translate, JSON
 * `{ q, source, target, format }` → `{ translatedText }`); it "translates" by tagging.
 */
async function startLibreTranslate(): Promise<{ url: string; requests: Array<{ q: string[]; source: string; target: string }>; close(): void }> {
  const requests: Array<{ q: string[]; source: string; target: string }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/translate' || !/application\/json/.test(req.headers['content-type'] ?? '')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'Not Found' }));
        return;
      }
      const request = JSON.parse(body) as { q: string[]; source: string; target: string; format: string };
      requests.push(request);
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify({ translatedText: request.q.map((text) => `[MT ${request.target}] ${text}`) }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() };
}

describe('Chromium, built extension: machine translation as the labelled last resort', () => {
  let site: TestSite;
  let browser: ChromiumSession;
  let libre: Awaited<ReturnType<typeof startLibreTranslate>>;

  beforeAll(async () => {
    site = await startTestSite();
    libre = await startLibreTranslate();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    libre?.close();
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
});
