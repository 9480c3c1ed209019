/**
 * Runs on every http(s) page, so it does little at load: at idle time it decides cheaply
 * whether the page is a news article and tells the background. Only for an article does
 * it send the page's HTML on, to be extracted outside the page. On single-page apps it
 * re-decides when the address changes.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { declaredLanguage } from '../../utils/declared-language.ts';
import { detectArticle } from '../../utils/detect-article.ts';
import { findAlternates } from '../../utils/find-alternates.ts';
import { MAX_HTML_CHARS, parseContentCommand, type PageReport } from '../../utils/messaging.ts';
import { highlightInPage } from './highlight.ts';

/** After an in-page navigation, how long to let the new article render before looking. */
const SPA_SETTLE_MS = 700;

function reportPage(): void {
  const detected = detectArticle(document);
  let html = detected.isArticle ? document.documentElement.outerHTML : null;
  if (html !== null && html.length > MAX_HTML_CHARS) html = null;
  // Only an article's language and alternates matter: other pages skip those scans.
  const isArticle = html !== null;
  const report: PageReport = {
    type: 'page',
    url: location.href,
    isArticle,
    signals: detected.signals,
    declaredLang: isArticle ? declaredLanguage(document) : null,
    alternates: isArticle ? findAlternates(document, location.href) : [],
    html,
  };
  void browser.runtime.sendMessage(report).catch(() => undefined);
}

function whenIdle(ctx: ContentScriptContext, task: () => void): void {
  if ('requestIdleCallback' in window) ctx.requestIdleCallback(task, { timeout: 3000 });
  else ctx.setTimeout(task, 200);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    whenIdle(ctx, reportPage);

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => whenIdle(ctx, reportPage), SPA_SETTLE_MS);
    });

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || ctx.isInvalid) return;
      const command = parseContentCommand(message);
      if (command?.type === 'resend') reportPage();
      if (command?.type === 'locate') highlightInPage(document, command.text);
    });
  },
});
