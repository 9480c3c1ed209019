/**
 * quickArticleCheck asks the browser's own XPath engine (Blink's, Gecko's), which jsdom only
 * imitates, slowly: so its one promise — never "article" where detectArticle says otherwise — is
 * checked here in the real engines, on Readability's 130 test pages: in Chromium served with
 * page scripts off and every other request aborted, in Firefox parsed by DOMParser in the page.
 * It must also decide most articles itself, or the content script gains nothing from it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, sharedDataPath } from '../../scripts/data/shared-data.ts';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from '../../scripts/browser/browser-paths.ts';

const ROOT = sharedDataPath('readability-test-pages');
const SLUGS = readdirSync(ROOT)
  .filter((slug) => existsSync(join(ROOT, slug, 'source.html')))
  .sort();
const ORIGIN = 'http://127.0.0.1:9';
/**
 * An article of short paragraphs beside a graphic with eight links of a headline's length:
 * detectArticle counts HTML links only, and so does the browsers' XPath `a` (jsdom's does not).
 */
const GRAPHIC_PAGE = `<html><head></head><body><article>${'<p>Council votes on harbour plan, and the harbour board answers the council.</p>'.repeat(12)}</article><svg>${Array.from(
  { length: 8 },
  (_, i) => `<a href="/s${i}"><text>Harbour council approves the new plan, part ${i}</text></a>`,
).join('')}</svg></body></html>`;

/** Both tests bundled as one script (an IIFE that defines `counterpartTests`). */
let bundle = '';
beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(repoRoot, 'tests/e2e/support/detection-entry.ts'),
        formats: ['iife'],
        name: 'counterpartTests',
      },
    },
  })) as Rollup.RollupOutput[];
  bundle = output[0]!.output[0].code;
});

interface Tally {
  articles: number;
  quick: number;
  /** Pages where the quick test said article and detectArticle did not. */
  wrong: string[];
}

async function tally(
  slugs: string[],
  answer: (html: Buffer) => Promise<{ quick: boolean; full: boolean }>,
): Promise<Tally> {
  const result: Tally = { articles: 0, quick: 0, wrong: [] };
  for (const slug of slugs) {
    const { quick, full } = await answer(readFileSync(join(ROOT, slug, 'source.html')));
    if (full) result.articles++;
    if (quick) result.quick++;
    if (quick && !full) result.wrong.push(slug);
  }
  return result;
}

describe('quickArticleCheck in real browsers', () => {
  let closeAll: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closeAll) await close().catch(() => undefined);
    closeAll = [];
  });

  it('Chromium: never says article where detectArticle does not, and decides most articles itself (130 pages)', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    closeAll.push(() => browser.close());
    const context = await browser.newContext({ javaScriptEnabled: false });
    let html: Buffer = Buffer.alloc(0);
    await context.route('**/*', (route) =>
      route.request().url() === `${ORIGIN}/page`
        ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    const page = await context.newPage();
    const answer = async (source: Buffer) => {
      html = source;
      await page.goto(`${ORIGIN}/page`, { waitUntil: 'domcontentloaded' });
      return page.evaluate<{ quick: boolean; full: boolean }>(`${bundle}; counterpartTests.bothTests(document)`);
    };
    expect(await answer(Buffer.from(GRAPHIC_PAGE))).toEqual({ quick: true, full: true });
    const result = await tally(SLUGS, answer);
    expect(result.wrong).toEqual([]);
    expect(result.articles).toBe(122);
    // 100 of the 122 when this was written.
    expect(result.quick).toBeGreaterThanOrEqual(90);
  }, 240_000);

  it('Firefox: the same on the same 130 pages (parsed by DOMParser in the page)', async () => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    closeAll.push(() => browser.close());
    const page = await browser.newPage();
    // A document from DOMParser loads nothing and runs no script: no network, no page scripts.
    await page.evaluate(`${bundle}; globalThis.counterpartTests = counterpartTests;`);
    const answer = (source: Buffer) =>
      page.evaluate(
        (html) =>
          (
            globalThis as unknown as {
              counterpartTests: { bothTests(doc: Document): { quick: boolean; full: boolean } };
            }
          ).counterpartTests.bothTests(new DOMParser().parseFromString(html, 'text/html')),
        source.toString('utf8'),
      );
    expect(await answer(Buffer.from(GRAPHIC_PAGE))).toEqual({ quick: true, full: true });
    const result = await tally(SLUGS, answer);
    expect(result.wrong).toEqual([]);
    expect(result.articles).toBe(122);
    expect(result.quick).toBeGreaterThanOrEqual(90);
  }, 240_000);
});
