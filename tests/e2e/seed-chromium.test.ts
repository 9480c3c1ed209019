import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/browsers.ts';
import { expectNoPageChrome, expectSeedAlignment, seedGold, waitForPanelState as waitForState } from './support/panel.ts';
import { startTestSite, type TestSite } from './support/test-site.ts';

describe('Chromium, built extension: the seed pair', () => {
  let site: TestSite;
  let browser: ChromiumSession;
  const gold = seedGold();

  beforeAll(async () => {
    site = await startTestSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds the German edition through the alternate link and aligns it as the gold says', async () => {
    const { tabId } = await browser.openTab(site.url('/en.html'));
    const panel = await browser.openPanel(tabId);
    const snapshot = await waitForState(panel, ['ready']);

    expect(snapshot.source).toBe('alternate');
    expectSeedAlignment(snapshot, gold);
  });

  it('finds the English article in the library for the German page without an alternate link', async () => {
    const { tabId } = await browser.openTab(site.url('/de-plain.html'));
    const panel = await browser.openPanel(tabId);
    const snapshot = await waitForState(panel, ['ready']);

    expect(snapshot.source).toBe('library');
    expect(snapshot.langPage).toBe('de');
    expect(snapshot.langCounterpart).toBe('en');
    // The English lead has no German counterpart: a row with a missing page side.
    const lead = snapshot.rows.find((row) => row.counterpart.text === gold.en[0]);
    expect(lead?.page.missing).toBe(true);
    expect(snapshot.rows.filter((row) => !row.page.missing && !row.counterpart.missing)).toHaveLength(8);
    expectNoPageChrome(snapshot);
  });

  it('scrolls the page to a sentence clicked in the panel and highlights it there', async () => {
    const { page, tabId } = await browser.openTab(site.url('/en.html'));
    await page.setViewportSize({ width: 800, height: 300 });
    const panel = await browser.openPanel(tabId);
    await waitForState(panel, ['ready']);
    const before = await page.evaluate(() => window.scrollY);
    await panel.locator('[data-testid=pair-row]').nth(8).locator('[data-side=page] [data-sentence]').first().click();
    // Interval polling: the page's tab is in the background, where animation frames don't run.
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('counterpart-locate'), undefined, {
      timeout: 10_000,
      polling: 50,
    });
    await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 10_000, polling: 100 });
  });

  it('follows a single-page app that swaps in an article without a page load', async () => {
    const { page, tabId } = await browser.openTab(site.url('/spa.html'));
    const panel = await browser.openPanel(tabId);
    await panel.waitForTimeout(1500);
    await waitForState(panel, ['no-article']);
    await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
    const snapshot = await waitForState(panel, ['ready']);
    expect(snapshot.source).toBe('alternate');
    expect(snapshot.rows).toHaveLength(gold.pairs.length);
  });

  it('shows on the toolbar badge that the page has a counterpart', async () => {
    const { tabId } = await browser.openTab(site.url('/en.html'));
    const worker = browser.context.serviceWorkers()[0]!;
    const badge = async () =>
      worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`) as Promise<string>;
    await expect.poll(badge, { timeout: 20_000 }).toBe('DE');
    const home = await browser.openTab(site.url('/home.html'));
    await new Promise((done) => setTimeout(done, 1500));
    expect(await worker.evaluate(`chrome.action.getBadgeText({ tabId: ${home.tabId} })`)).toBe('');
  });

  it('lists what was read in the options page, deletes one article and clears the rest (real IndexedDB)', async () => {
    const options = await browser.extensionPage('options.html');
    const entries = options.locator('[data-testid=library-entry]');
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const before = await entries.count();
    const urls = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    expect(urls).toContain(site.url('/en.html'));
    expect(urls).toContain(site.url('/de-plain.html'));

    await entries.first().locator('[data-testid=library-delete]').click();
    await expect.poll(() => entries.count()).toBe(before - 1);
    await options.click('[data-testid=library-clear]');
    await options.click('[data-testid=library-clear-confirm]');
    await options.waitForSelector('[data-testid=library-empty]');
    // Gone for good: a fresh page reads the same (empty) database.
    await options.reload();
    await options.waitForSelector('[data-testid=library-empty]');
  });
});
