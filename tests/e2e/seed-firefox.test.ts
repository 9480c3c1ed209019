import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/browsers.ts';
import { PAGE_CHROME, snapshotPanel, seedGold, type PanelSnapshot } from './support/panel.ts';
import { startTestSite, type TestSite } from './support/test-site.ts';

async function waitForState(panel: Page, states: string[], timeout = 45_000): Promise<PanelSnapshot> {
  await panel.waitForFunction(
    (wanted: string[]) => wanted.includes(document.querySelector('[data-testid=status]')?.getAttribute('data-state') ?? ''),
    { timeout },
    states,
  );
  return snapshotPanel(panel);
}

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
    expect(snapshot.langPage).toBe('en');
    expect(snapshot.langCounterpart).toBe('de');
    expect(snapshot.rows).toHaveLength(gold.pairs.length);
    gold.pairs.forEach((pair, i) => {
      const row = snapshot.rows[i]!;
      expect(row.page.text).toBe(pair.en.map((k) => gold.en[k]).join(' '));
      if (pair.de.length === 0) expect(row.counterpart.missing).toBe(true);
      else expect(row.counterpart.text).toBe(pair.de.map((k) => gold.de[k]).join(' '));
    });
    for (const row of snapshot.rows) for (const chrome of PAGE_CHROME) expect(row.page.text + row.counterpart.text).not.toContain(chrome);
  });

  it('finds the English article in the library for the German page without an alternate link', async () => {
    const { tabId } = await browser.openTab(site.url('/de-plain.html'));
    const panel = await browser.openPanel(tabId);
    const snapshot = await waitForState(panel, ['ready']);
    expect(snapshot.source).toBe('library');
    expect(snapshot.langCounterpart).toBe('en');
  });
});
