import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/browsers.ts';
import { expectSeedAlignment, seedGold, waitForPanelState as waitForState } from './support/panel.ts';
import { startTestSite, type TestSite } from './support/test-site.ts';

describe('Firefox ESR, built extension: the seed pair', () => {
  let site: TestSite;
  let browser: FirefoxSession;
  const gold = seedGold();

  beforeAll(async () => {
    site = await startTestSite();
    browser = await launchFirefox();
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
    expect(snapshot.langCounterpart).toBe('en');
  });
});
