/**
 * The content script (listed in the manifest by wxt.config.ts): runs on every http(s) page, so
 * it does little at load. At idle time it decides cheaply whether the page is a news article;
 * a non-article is reported at once. Only for an article, at a later idle time, does it read the
 * page's language, alternates and HTML (extraction work) and send them on, to be extracted
 * outside the page. On single-page apps it re-decides when the address changes.
 *
 * Built as a plain script rather than with defineContentScript: WXT's content-script runtime
 * (its context object, the script-started event and postMessage to the page, its location
 * watcher) cost more at injection than everything below; what of it matters is done here.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { declaredLanguage } from '../../utils/declared-language.ts';
import { detectArticle } from '../../utils/detect-article.ts';
import { findAlternates } from '../../utils/find-alternates.ts';
import { MAX_HTML_CHARS, parseContentCommand, type PageReport } from '../../utils/messaging.ts';
import { pageHtml } from '../../utils/page-html.ts';
import { highlightInPage } from './highlight.ts';

/** After an in-page navigation, how long to let the new article render before looking. */
const SPA_SETTLE_MS = 700;
/** Without the Navigation API (Firefox), how often to check whether the address changed. */
const URL_POLL_MS = 1000;

export default defineUnlistedScript(() => {
  const stop = new AbortController();
  const { signal } = stop;
  /** False once the extension was updated, reloaded or removed: this script is then an orphan and stops. */
  const alive = (): boolean => {
    if (!signal.aborted && browser.runtime?.id == null) stop.abort();
    return !signal.aborted;
  };

  // Not alive() here: reading runtime.id costs more than the check saves (an orphan finds out
  // when it sends, and stops then).
  const whenIdle = (task: () => void): void => {
    const run = () => {
      if (!signal.aborted) task();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 200);
  };

  const send = (report: PageReport): void => {
    try {
      void browser.runtime.sendMessage(report).catch(() => undefined);
    } catch {
      stop.abort(); // the extension context is gone
    }
  };

  /** Bumped on every address change, so work scheduled for the previous page is dropped. */
  let generation = 0;

  /** Extraction work, for an article: its language, alternates and HTML. */
  const handOff = (url: string, signals: string[]): void => {
    const html = pageHtml(document, MAX_HTML_CHARS);
    const isArticle = html !== null;
    send({
      type: 'page',
      url,
      isArticle,
      signals,
      declaredLang: isArticle ? declaredLanguage(document) : null,
      alternates: isArticle ? findAlternates(document, url) : [],
      html,
    });
  };

  /** Detection; for an article, the hand-off follows at the next idle time (or at once when asked). */
  const reportPage = (handOffNow: boolean): void => {
    const url = location.href;
    const { isArticle, signals } = detectArticle(document);
    if (!isArticle) {
      send({ type: 'page', url, isArticle, signals, declaredLang: null, alternates: [], html: null });
      return;
    }
    if (handOffNow) return handOff(url, signals);
    const scheduled = generation;
    whenIdle(() => {
      if (scheduled === generation && location.href === url) handOff(url, signals);
    });
  };

  whenIdle(() => reportPage(false));

  // Single-page apps: re-decide after the address changes (pushState, back/forward, hash).
  let lastUrl = location.href;
  const addressChanged = (): void => {
    if (!alive() || location.href === lastUrl) return;
    lastUrl = location.href;
    const scheduled = ++generation;
    setTimeout(() => {
      if (scheduled === generation) whenIdle(() => reportPage(false));
    }, SPA_SETTLE_MS);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', addressChanged, { signal });
  } else {
    addEventListener('popstate', addressChanged, { signal });
    const poll = setInterval(addressChanged, URL_POLL_MS);
    signal.addEventListener('abort', () => clearInterval(poll));
  }

  const onMessage = (message: unknown, sender: { id?: string }): void => {
    if (!alive() || sender.id !== browser.runtime.id) return;
    const command = parseContentCommand(message);
    if (command?.type === 'resend') reportPage(true);
    if (command?.type === 'locate') highlightInPage(document, command.text);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the extension context is already gone
    }
  });
});
