/**
 * Launches the real built extension in real browsers: Debian's Chromium (playwright-core,
 * a persistent context with --load-extension) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi, browser.installExtension). A missing browser or build fails loudly.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from '../../../scripts/browser/browser-paths.ts';
import { repoRoot } from '../../../scripts/data/shared-data.ts';

const CHROME_BUILD = resolve(repoRoot, '.output/chrome-mv3');
const FIREFOX_BUILD = resolve(repoRoot, '.output/firefox-mv2');
/** Fixed internal UUID for the Firefox add-on, so tests can address its pages. */
const FIREFOX_UUID = '5d3c2f7e-1b0a-4c6e-9f8d-2a4b6c8e0f13';
const FIREFOX_ADDON_ID = 'counterpart@counterpart.example';

/** Runs in an extension page: the id of the newest tab showing `target`. */
async function findTabId(target: string): Promise<number | undefined> {
  type Tabs = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
  const api = ((globalThis as { browser?: Tabs }).browser ?? (globalThis as { chrome?: Tabs }).chrome)!;
  const tabs = await api.tabs.query({});
  // The newest tab showing it (a test may open the same page twice).
  const ids = tabs.filter((tab) => tab.url === target && tab.id !== undefined).map((tab) => tab.id!);
  return ids.length > 0 ? Math.max(...ids) : undefined;
}

function require(path: string, what: string, fix: string): void {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: ${fix}`);
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens a page in a new tab and returns it with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens `sidepanel.html?tabId=N` as a tab (the outside contract's way for tests). */
  openPanel(tabId: number): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** `args`: extra command-line switches (a host resolver rule, say). */
export async function launchChromium(
  options: { userDataDir?: string; args?: string[] } = {},
): Promise<ChromiumSession> {
  require(CHROMIUM, 'Chromium', 'install it with `apt-get install chromium` (Debian), or set CHROMIUM_PATH');
  require(join(CHROME_BUILD, 'manifest.json'), 'The Chromium build', 'run `npm run build` first');
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'counterpart-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: [
      ...CHROMIUM_ARGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    extensionId,
    extensionPage,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      const lookup = await extensionPage('options.html');
      const tabId = await lookup.evaluate(findTabId, page.url());
      await lookup.close();
      if (tabId === undefined) throw new Error(`no tab found for ${url}`);
      return { page, tabId };
    },
    openPanel: (tabId) => extensionPage(`sidepanel.html?tabId=${tabId}`),
    async close() {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  openTab(url: string): Promise<{ page: PuppeteerPage; tabId: number }>;
  openPanel(tabId: number): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

/** Navigates to an extension page (Firefox doesn't report a load event for those over BiDi). */
async function gotoExtensionPage(page: PuppeteerPage, url: string): Promise<void> {
  // Don't wait for the navigation's load event, which never comes; wait for the page instead.
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await page.waitForFunction(
        (u) => location.href === u && document.readyState !== 'loading',
        { timeout: Math.max(1, deadline - Date.now()) },
        url,
      );
      return;
    } catch (error) {
      // A check that lands while the page is being replaced can fail in the protocol ("Waiting
      // failed", a BiDi script.evaluate error): look again; a timeout is final.
      if ((error as Error).name === 'TimeoutError' || Date.now() >= deadline) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** `prefs`: extra preferences (names that resolve to this computer, say). */
export async function launchFirefox(options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  require(FIREFOX, 'Firefox ESR', 'install it with `apt-get install firefox-esr` (Debian), or set FIREFOX_PATH');
  require(join(FIREFOX_BUILD, 'manifest.json'), 'The Firefox build', 'run `npm run build` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets WebDriver BiDi open the extension's own pages (moz-extension:) as tabs.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  return {
    browser,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url);
      const lookup = await browser.newPage();
      await gotoExtensionPage(lookup, `${base}options.html`);
      const tabId = await lookup.evaluate(findTabId, page.url());
      await lookup.close();
      if (tabId === undefined) throw new Error(`no tab found for ${url}`);
      await page.bringToFront();
      return { page, tabId };
    },
    async openPanel(tabId) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${base}sidepanel.html?tabId=${tabId}`);
      return page;
    },
    close: () => browser.close(),
  };
}
