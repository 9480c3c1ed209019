/**
 * `npm start`: the extension on the bundled demo article (the seed pair) in Chromium.
 * With a display: a browser window with the article and the side-by-side view open.
 * Without one (a server, CI): headless, writes a screenshot of the view and prints its path.
 * Runs after `npm run build` (the npm script does both).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser/browser-paths.ts';
import { startTestSite } from './site/test-site.ts';
import { repoRoot } from './data/shared-data.ts';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const build = resolve(repoRoot, '.output/chrome-mv3');
if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (Debian), or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const site = await startTestSite();
const context = await chromium.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'counterpart-demo-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const article = context.pages()[0] ?? (await context.newPage());
await article.goto(site.url('/en.html'));
const tabId = await worker.evaluate(async (url: string) => {
  const api = (
    globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }
  ).chrome;
  return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
}, article.url());
const panel = await context.newPage();
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
await panel.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 60_000 });

if (headless) {
  const dir = resolve(repoRoot, 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'counterpart-demo.png');
  await panel.setViewportSize({ width: 1100, height: 1400 });
  await panel.screenshot({ path: file, fullPage: true });
  console.log(file);
  await context.close();
  await site.close();
} else {
  console.log(`Counterpart is running on the demo article (${site.url('/en.html')}). Close the browser to stop.`);
  await new Promise<void>((done) => context.on('close', () => done()));
  await site.close();
}
