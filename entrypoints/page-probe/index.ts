/**
 * The content script (listed in the manifest by wxt.config.ts): runs on every http(s) page, so
 * it does as little as it can. When injected (document_idle) it decides whether the page is a
 * news article: first with quickArticleCheck, which reads the page through the browser's XPath
 * engine and so never builds the element bindings of this isolated world (the costliest part of
 * a first DOM access), and only when that cannot tell with detectArticle. A page that is not an
 * article costs nothing more: no message, no listener but one, not even the extension API
 * (creating its bindings costs about as much as deciding). For an article, at an idle time, it
 * tells the background, which then injects the report script (entrypoints/page-report) to read
 * the page: language, alternates, HTML. On single-page apps it decides again when the address
 * changes (a change of the #fragment alone is not a new page); an article's page starts
 * following the address in that idle callback, any other page at injection (it has no idle
 * callback to share).
 *
 * Built as a plain script rather than with defineContentScript: WXT's content-script runtime
 * (its context object, the script-started event and postMessage to the page, its location
 * watcher) costs more at injection than everything below. For the same reason it does not use
 * wxt/browser, which reads the extension API as soon as it is imported.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle } from '../../utils/page/detect-article.ts';
import type { ArticleSeen } from '../../utils/messaging.ts';
import { pageAddress } from '../../utils/page/page-address.ts';
import { quickArticleCheck } from '../../utils/page/quick-article-check.ts';

/** After an in-page navigation, how long to let the new article render before looking. */
const SPA_SETTLE_MS = 700;
/** Without the Navigation API (Firefox before 147), how often to check whether the address changed. */
const URL_POLL_MS = 1000;

interface Runtime {
  sendMessage(message: ArticleSeen): Promise<unknown> | undefined;
}

export default defineUnlistedScript(() => {
  /** True once the extension was updated, reloaded or removed: this script is an orphan and stops. */
  let orphan = false;
  /** Bumped on every address change, so work scheduled for the previous page is dropped. */
  let generation = 0;
  let lastAddress: string | undefined;

  const whenIdle = (task: () => void): void => {
    const scheduled = generation;
    const run = () => {
      if (!orphan && scheduled === generation) task();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 200);
  };

  /** Tells the background that `url` shows an article: the only time this script touches the extension API. */
  const tell = (url: string): void => {
    try {
      const api = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
      const runtime = (import.meta.env.FIREFOX ? api.browser : api.chrome)?.runtime;
      if (!runtime) return stop();
      void runtime.sendMessage({ type: 'article-seen', url })?.catch(() => undefined);
    } catch {
      stop(); // the extension context is gone
    }
  };

  // Single-page apps: decide again once the address changes (pushState, back/forward).
  const addressChanged = (): void => {
    if (orphan) return;
    const address = pageAddress(location.href);
    if (address === lastAddress) return;
    lastAddress = address;
    const scheduled = ++generation;
    setTimeout(() => {
      if (scheduled === generation) whenIdle(check);
    }, SPA_SETTLE_MS);
  };
  let navigation: EventTarget | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let listening = false;
  /** Starts following the address (once), and catches up on a change since injection. */
  const listen = (): void => {
    if (listening || orphan) return;
    listening = true;
    navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('currententrychange', addressChanged);
    } else {
      addEventListener('popstate', addressChanged);
      poll = setInterval(addressChanged, URL_POLL_MS);
    }
    addressChanged();
  };

  function check(): void {
    const url = location.href;
    lastAddress ??= pageAddress(url);
    // quickArticleCheck is one-sided: true means detectArticle would say article too.
    if (!(quickArticleCheck(document) || detectArticle(document).isArticle)) return listen();
    // An article: tell the background at an idle time, and only then start following the
    // address, a set-up the page's load need not wait for.
    whenIdle(() => {
      if (location.href === url) tell(url);
      listen();
    });
  }
  // At injection rather than at a later idle callback: document_idle already waits for the
  // page to be parsed, and another callback would only add its own cost.
  check();

  function stop(): void {
    orphan = true;
    navigation?.removeEventListener?.('currententrychange', addressChanged);
    removeEventListener('popstate', addressChanged);
    if (poll !== undefined) clearInterval(poll);
  }
});
