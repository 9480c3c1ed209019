/**
 * Reads the side panel as a test sees it, through the test ids of the outside contract
 * (../shared/CONTRACT.md) only. The same function runs in Chromium (playwright) and Firefox
 * (puppeteer) pages.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

export interface PanelCell {
  text: string;
  missing: boolean;
  lang: string | null;
  dir: string | null;
}

export interface PanelSnapshot {
  state: string | null;
  source: string | null;
  langPage: string | null;
  langCounterpart: string | null;
  rows: Array<{ page: PanelCell; counterpart: PanelCell }>;
  notices: string[];
  pageSentences: number;
  hasPasteForm: boolean;
  text: string;
}

/** Something with an `evaluate(expression)`: a playwright or a puppeteer page. */
export interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
}

/**
 * Reads the panel in its page. The function goes over as source text; the shim stands in for
 * the `__name` helper that the test transpiler (esbuild, keepNames) puts into named functions.
 */
export async function snapshotPanel(page: Evaluator): Promise<PanelSnapshot> {
  return (await page.evaluate(
    `(() => { const __name = (f) => f; return (${readPanel.toString()})(); })()`,
  )) as PanelSnapshot;
}

/** Runs in the panel page. */
function readPanel(): PanelSnapshot {
  const q = (selector: string) => document.querySelector(selector);
  const cell = (row: Element, side: string) => {
    const el = row.querySelector(`[data-side=${side}]`);
    return {
      text: el?.textContent?.trim() ?? '',
      missing: el?.hasAttribute('data-missing') ?? true,
      lang: el?.getAttribute('lang') ?? null,
      dir: el?.getAttribute('dir') ?? null,
    };
  };
  return {
    state: q('[data-testid=status]')?.getAttribute('data-state') ?? null,
    source: q('[data-testid=counterpart-source]')?.textContent?.trim() ?? null,
    langPage: q('[data-testid=lang-page]')?.textContent?.trim() ?? null,
    langCounterpart: q('[data-testid=lang-counterpart]')?.textContent?.trim() ?? null,
    rows: [...document.querySelectorAll('[data-testid=pair-row]')].map((row) => ({
      page: cell(row, 'page'),
      counterpart: cell(row, 'counterpart'),
    })),
    notices: [...document.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice') ?? ''),
    pageSentences: document.querySelectorAll('[data-sentence]').length,
    hasPasteForm: q('[data-testid=counterpart-input]') !== null && q('[data-testid=counterpart-submit]') !== null,
    text: document.body.textContent ?? '',
  };
}

export interface SeedGold {
  en: string[];
  de: string[];
  pairs: Array<{ en: number[]; de: number[] }>;
  boilerplate: { en: string[]; de: string[] };
}

export function seedGold(): SeedGold {
  return JSON.parse(readFileSync(sharedDataPath('seed', 'gold.json'), 'utf8')) as SeedGold;
}

/** Page chrome that must never show up in either column. */
export const PAGE_CHROME = ['date 2024-10-21', '16 px', '↺', 'Tags:', 'Share', 'Cookie', 'Read more', 'Newsletter'];

/**
 * Waits until the panel's status is one of `states` and returns the panel as it is then.
 * Polls with plain evaluations, so it works the same on playwright and puppeteer pages
 * (and in background tabs, where animation frames don't run).
 */
export async function waitForPanelState(page: Evaluator, states: string[], timeout = 45_000): Promise<PanelSnapshot> {
  const deadline = Date.now() + timeout;
  let state: unknown = null;
  while (Date.now() < deadline) {
    state = await page.evaluate(`document.querySelector('[data-testid=status]')?.getAttribute('data-state') ?? null`);
    if (typeof state === 'string' && states.includes(state)) return snapshotPanel(page);
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`panel state stayed ${String(state)}, wanted ${states.join(' or ')} within ${timeout} ms`);
}

/** The English seed page against its German counterpart: rows exactly as gold.json pairs them. */
export function expectSeedAlignment(snapshot: PanelSnapshot, gold: SeedGold): void {
  expect(snapshot.langPage).toBe('en');
  expect(snapshot.langCounterpart).toBe('de');
  expect(snapshot.rows).toHaveLength(gold.pairs.length);
  gold.pairs.forEach((pair, i) => {
    const row = snapshot.rows[i]!;
    expect(row.page.text).toBe(pair.en.map((k) => gold.en[k]).join(' '));
    expect(row.page.lang).toBe('en');
    if (pair.de.length === 0) {
      expect(row.counterpart.missing).toBe(true);
    } else {
      expect(row.counterpart.missing).toBe(false);
      expect(row.counterpart.text).toBe(pair.de.map((k) => gold.de[k]).join(' '));
      expect(row.counterpart.lang).toBe('de');
      expect(row.counterpart.dir).toBe('ltr');
    }
  });
  expectNoPageChrome(snapshot);
}

export function expectNoPageChrome(snapshot: PanelSnapshot): void {
  for (const row of snapshot.rows) {
    for (const cell of [row.page, row.counterpart]) {
      for (const chrome of PAGE_CHROME) expect(cell.text).not.toContain(chrome);
      expect(cell.text).not.toBe('News.Az');
    }
  }
}
