/**
 * Reads the side panel as a test sees it, through the CONTRACT's test ids only. The same
 * function runs in Chromium (playwright) and Firefox (puppeteer) pages.
 */
import { readFileSync } from 'node:fs';
import { sharedDataPath } from '../../support/shared-data.ts';

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
interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
}

/**
 * Reads the panel in its page. The function goes over as source text; the shim stands in for
 * the `__name` helper that the test transpiler (esbuild, keepNames) puts into named functions.
 */
export async function snapshotPanel(page: Evaluator): Promise<PanelSnapshot> {
  return (await page.evaluate(`(() => { const __name = (f) => f; return (${readPanel.toString()})(); })()`)) as PanelSnapshot;
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
