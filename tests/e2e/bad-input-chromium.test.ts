import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../scripts/data/shared-data.ts';
import { launchChromium } from './support/browsers.ts';
import { seedGold, waitForPanelState as waitForState } from './support/panel.ts';
import { useSiteAndBrowser } from './support/suite.ts';

describe('Chromium, built extension: pages without a counterpart, and bad input', () => {
  const env = useSiteAndBrowser(launchChromium);

  it('says no-article for a homepage of links', async () => {
    const { tabId } = await env.browser.openTab(env.site.url('/home.html'));
    const panel = await env.browser.openPanel(tabId);
    // Give the content script time to report, then check it settled on no-article.
    await panel.waitForTimeout(1500);
    const snapshot = await waitForState(panel, ['no-article']);
    expect(snapshot.rows).toHaveLength(0);
  });

  it('says no-counterpart for an article with none, then aligns a pasted text', async () => {
    const { tabId } = await env.browser.openTab(env.site.url('/en-plain.html'));
    const panel = await env.browser.openPanel(tabId);
    const before = await waitForState(panel, ['no-counterpart']);
    expect(before.hasPasteForm).toBe(true);
    expect(before.pageSentences).toBeGreaterThanOrEqual(9);

    await panel.fill('[data-testid=counterpart-input]', readFileSync(sharedDataPath('seed', 'de.txt'), 'utf8'));
    await panel.click('[data-testid=counterpart-submit]');
    const after = await waitForState(panel, ['ready']);
    expect(after.source).toBe('pasted');
    expect(after.langCounterpart).toBe('de');
    const gold = seedGold();
    expect(after.rows[0]!.page.text).toBe(gold.en[0]);
    expect(after.rows[0]!.counterpart.missing).toBe(true);
    const paired = after.rows.filter((row) => !row.page.missing && !row.counterpart.missing);
    expect(paired.map((row) => row.counterpart.text)).toEqual(gold.de);
  });

  const broken: Array<[string, string]> = [
    ['/bad-404.html', 'notice.alternateHttpError'],
    ['/bad-timeout.html', 'notice.alternateTimeout'],
    ['/bad-type.html', 'notice.alternateNotHtml'],
    ['/bad-language.html', 'notice.alternateWrongLanguage'],
    ['/bad-not-article.html', 'notice.alternateNotArticle'],
    ['/bad-other-story.html', 'notice.alternateOtherStory'],
  ];
  it.each(broken)(
    'explains an alternate link that fails (%s), keeps the page side and offers paste',
    async (path, notice) => {
      const { tabId } = await env.browser.openTab(env.site.url(path));
      const panel = await env.browser.openPanel(tabId);
      const snapshot = await waitForState(panel, ['no-counterpart', 'error'], 60_000);
      expect(snapshot.notices).toContain(notice);
      expect(snapshot.pageSentences).toBeGreaterThanOrEqual(9);
      expect(snapshot.hasPasteForm).toBe(true);
    },
  );
});
