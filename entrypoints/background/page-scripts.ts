/**
 * Glue: what the background runs in a tab's page, through scripting.executeScript (Chromium and
 * Firefox alike; the `scripting` permission carries no install-time warning). Injection into
 * a page the extension may not read (a browser page, a store page) fails: null.
 */
import { browser } from 'wxt/browser';
import { LOCATE_GLOBAL, parsePageReport, type LocateInPage, type PageReport } from '../../utils/messaging.ts';

/** The report script's file in the build (entrypoints/page-report). */
const REPORT_SCRIPT = '/page-report.js';

/** Injects the report script into the tab's top frame and returns its validated report, or null. */
export async function readPage(tabId: number): Promise<PageReport | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [REPORT_SCRIPT],
    });
    return parsePageReport(result?.result);
  } catch {
    return null;
  }
}

/** Scrolls the tab's page to `sentence` and highlights it, through what the report script left there. */
export async function locateInPage(tabId: number, sentence: string): Promise<boolean> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (name: string, text: string) => {
        const locate = (globalThis as unknown as Record<string, LocateInPage | undefined>)[name];
        return typeof locate === 'function' ? locate(text) : false;
      },
      args: [LOCATE_GLOBAL, sentence],
    });
    return result?.result === true;
  } catch {
    return false;
  }
}
