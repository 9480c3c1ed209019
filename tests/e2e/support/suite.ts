/**
 * What every end-to-end file needs: the local test site and a browser with the built
 * extension, started before its tests and closed after; and the seed-pair scenarios, which
 * run the same in Chromium and Firefox.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoPageChrome, expectSeedAlignment, seedGold, waitForPanelState, type Evaluator } from './panel.ts';
import { startTestSite, type TestSite } from '../../../scripts/site/test-site.ts';

export interface ExtensionBrowser<P extends Evaluator = Evaluator> {
  openTab(url: string): Promise<{ tabId: number }>;
  openPanel(tabId: number): Promise<P>;
  close(): Promise<void>;
}

export interface E2eEnvironment<B> {
  site: TestSite;
  browser: B;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled in before the tests run. */
export function useSiteAndBrowser<B extends { close(): Promise<void> }>(launch: () => Promise<B>): E2eEnvironment<B> {
  const env = {} as E2eEnvironment<B>;
  beforeAll(async () => {
    env.site = await startTestSite();
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** The seed scenarios: the alternate edition aligned as the gold says, then the library. */
export function seedScenarios(env: E2eEnvironment<ExtensionBrowser>): void {
  const gold = seedGold();

  it('finds the German edition through the alternate link and aligns it as the gold says', async () => {
    const { tabId } = await env.browser.openTab(env.site.url('/en.html'));
    const snapshot = await waitForPanelState(await env.browser.openPanel(tabId), ['ready']);
    expect(snapshot.source).toBe('alternate');
    expectSeedAlignment(snapshot, gold);
  });

  it('finds the English article in the library for the German page without an alternate link', async () => {
    const { tabId } = await env.browser.openTab(env.site.url('/de-plain.html'));
    const snapshot = await waitForPanelState(await env.browser.openPanel(tabId), ['ready']);
    expect(snapshot.source).toBe('library');
    expect(snapshot.langPage).toBe('de');
    expect(snapshot.langCounterpart).toBe('en');
    // The English lead has no German counterpart: a row whose page side is missing.
    const lead = snapshot.rows.find((row) => row.counterpart.text === gold.en[0]);
    expect(lead?.page.missing).toBe(true);
    expect(snapshot.rows.filter((row) => !row.page.missing && !row.counterpart.missing)).toHaveLength(gold.de.length);
    expectNoPageChrome(snapshot);
  });
}
