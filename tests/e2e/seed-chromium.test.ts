import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/browsers.ts';
import { seedGold, waitForPanelState } from './support/panel.ts';
import { seedScenarios, useSiteAndBrowser } from './support/suite.ts';

describe('Chromium, built extension: the seed pair', () => {
  const env = useSiteAndBrowser(launchChromium);
  const gold = seedGold();
  seedScenarios(env);

  it('scrolls the page to a sentence clicked in the panel and highlights it there', async () => {
    const { page, tabId } = await env.browser.openTab(env.site.url('/en.html'));
    await page.setViewportSize({ width: 800, height: 300 });
    const panel = await env.browser.openPanel(tabId);
    await waitForPanelState(panel, ['ready']);
    const before = await page.evaluate(() => window.scrollY);
    await panel.locator('[data-testid=pair-row]').nth(8).locator('[data-side=page] [data-sentence]').first().click();
    // Interval polling: the page's tab is in the background, where animation frames don't run.
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('counterpart-locate'),
      undefined,
      {
        timeout: 10_000,
        polling: 50,
      },
    );
    await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 10_000, polling: 100 });
  });

  it('follows a single-page app that swaps in an article without a page load', async () => {
    const { page, tabId } = await env.browser.openTab(env.site.url('/spa.html'));
    const panel = await env.browser.openPanel(tabId);
    await panel.waitForTimeout(1500);
    await waitForPanelState(panel, ['no-article']);
    await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
    const snapshot = await waitForPanelState(panel, ['ready']);
    expect(snapshot.source).toBe('alternate');
    expect(snapshot.rows).toHaveLength(gold.pairs.length);
  });

  it('follows a single-page app with no panel open: the content script decides again at the new address', async () => {
    const { page, tabId } = await env.browser.openTab(env.site.url('/spa.html'));
    const worker = env.browser.context.serviceWorkers()[0]!;
    const badge = async () => worker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
    await new Promise((done) => setTimeout(done, 1500));
    expect(await badge()).toBe('');
    await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
    await expect.poll(badge, { timeout: 20_000 }).toBe('DE');
    // A change of the #fragment alone is the same page: the badge stays.
    await page.evaluate(() => {
      location.hash = 'section-2';
    });
    await new Promise((done) => setTimeout(done, 1500));
    expect(await badge()).toBe('DE');
  });

  it('follows a single-page app that starts on an article: it follows the address from the idle callback that told of the first', async () => {
    const { page, tabId } = await env.browser.openTab(env.site.url('/spa-from-article.html'));
    const worker = env.browser.context.serviceWorkers()[0]!;
    const badge = async () => worker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
    // The first article was reported: an article without a counterpart has a dot.
    await expect.poll(badge, { timeout: 20_000 }).toBe('•');
    await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
    await expect.poll(badge, { timeout: 20_000 }).toBe('DE');
  });

  it('shows on the toolbar badge that the page has a counterpart', async () => {
    const { tabId } = await env.browser.openTab(env.site.url('/en.html'));
    const worker = env.browser.context.serviceWorkers()[0]!;
    const badge = async () => worker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
    await expect.poll(badge, { timeout: 20_000 }).toBe('DE');
    // The tooltip, in the browser's UI language (en-US here).
    expect(await worker.evaluate(`chrome.action.getTitle({ tabId: ${tabId} })`)).toBe(
      'Counterpart: German version available',
    );
    const home = await env.browser.openTab(env.site.url('/home.html'));
    await new Promise((done) => setTimeout(done, 1500));
    expect(await worker.evaluate(`chrome.action.getBadgeText({ tabId: ${home.tabId} })`)).toBe('');
  });

  it('lists what was read in the options page, deletes one article and clears the rest (real IndexedDB)', async () => {
    const options = await env.browser.extensionPage('options.html');
    const entries = options.locator('[data-testid=library-entry]');
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const before = await entries.count();
    const urls = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    expect(urls).toContain(env.site.url('/en.html'));
    expect(urls).toContain(env.site.url('/de-plain.html'));

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
