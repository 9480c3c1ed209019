import { describe, expect, it } from 'vitest';
import { launchFirefox } from './support/browsers.ts';
import { seedGold, waitForPanelState } from './support/panel.ts';
import { seedScenarios, useSiteAndBrowser } from './support/suite.ts';

describe('Firefox ESR, built extension: the seed pair', () => {
  const env = useSiteAndBrowser(launchFirefox);
  seedScenarios(env);

  // Firefox ESR 153 (here) has the Navigation API, so this is its currententrychange path; the
  // once-a-second address check, for Firefox 140–146 without it, is not reached by this test.
  it('follows a single-page app that swaps in an article without a page load', async () => {
    const { page, tabId } = await env.browser.openTab(env.site.url('/spa.html'));
    const panel = await env.browser.openPanel(tabId);
    await new Promise((done) => setTimeout(done, 1500));
    await waitForPanelState(panel, ['no-article']);
    await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
    const snapshot = await waitForPanelState(panel, ['ready']);
    expect(snapshot.source).toBe('alternate');
    expect(snapshot.rows).toHaveLength(seedGold().pairs.length);
  });
});
