/**
 * Background: wires browser events to the engine (utils/counterpart/counterpart-engine.ts).
 * Chromium: a service worker, which has no DOM — HTML is parsed in an offscreen document.
 * Firefox: a background page, which parses HTML itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CounterpartEngine } from '../../utils/counterpart/counterpart-engine.ts';
import type { LibraryPort } from '../../utils/counterpart/ports.ts';
import { extractFromHtml } from '../../utils/extract/extract-from-html.ts';
import { queuedHtmlFetcher } from '../../utils/counterpart/fetch-html.ts';
import { translateSentences } from '../../utils/translation/translate-sentences.ts';
import { translationNotices } from '../../utils/translation/translation-notices.ts';
import { LibraryStorage } from '../../utils/library/storage-idb.ts';
import { enginePrefs, usableTranslationSetting, type BrowserTraits } from '../../utils/prefs/engine-prefs.ts';
import { loadPrefs, prefItems, secureStoredSettings } from '../../utils/prefs/prefs-storage.ts';
import { PANEL_PORT, parseArticleSeen, parsePanelCommand, type PanelUpdate } from '../../utils/messaging.ts';
import type { ExtractedArticle, TabView } from '../../utils/types.ts';
import { alignInWorker } from './align-client.ts';
import { alignInOffscreen, extractInOffscreen, translateInOffscreen } from './offscreen-client.ts';
import { locateInPage, readPage } from './page-scripts.ts';
import { showOnToolbar } from './toolbar.ts';

/** Chrome's on-device Translator exists in Chromium only. */
const browserTraits: BrowserTraits = { chromeTranslator: !import.meta.env.FIREFOX };

export default defineBackground(() => {
  // A translation key an earlier version left in storage.local moves where content scripts cannot read it.
  void secureStoredSettings(browser.storage.local);

  let library: Promise<LibraryStorage> | undefined;
  const openLibrary = () => (library ??= LibraryStorage.open());
  const libraryPort: LibraryPort = {
    save: async (entry) => (await openLibrary()).save(entry),
    findCounterparts: async (query) => (await openLibrary()).findCounterparts(query),
    get: async (id) => (await openLibrary()).get(id),
  };

  const extract = (html: string, url: string): Promise<ExtractedArticle> =>
    import.meta.env.FIREFOX
      ? Promise.resolve(extractFromHtml(html, url, new DOMParser()))
      : extractInOffscreen(html, url);

  /** Panel ports, by the tab each one shows. */
  const watchers = new Map<Browser.runtime.Port, number>();
  const push = (view: TabView) => {
    const update: PanelUpdate = { type: 'view', view };
    for (const [port, tabId] of watchers) if (tabId === view.tabId) port.postMessage(update);
  };

  const engine = new CounterpartEngine({
    extract,
    fetchHtml: queuedHtmlFetcher(fetch.bind(globalThis)),
    library: libraryPort,
    prefs: async () => enginePrefs(await loadPrefs(), browserTraits),
    rememberLanguage: (lang) => prefItems.preferredLang.setValue(lang),
    uiLang: browser.i18n.getUILanguage().split(/[-_]/)[0]!.toLowerCase(),
    // Off the background's thread in both, so no tab's panel waits for another tab's alignment.
    align: import.meta.env.FIREFOX ? alignInWorker : alignInOffscreen,
    // Chrome's on-device Translator lives in window contexts only: the offscreen document.
    translateForAlignment: import.meta.env.FIREFOX ? undefined : translateInOffscreen,
    machineTranslate: async (sentences, from, to) => {
      const setting = usableTranslationSetting(await prefItems.translationProvider.getValue(), browserTraits);
      if (setting.kind === 'chrome')
        return { ok: false, notice: { level: 'info', key: 'notice.translationOnDeviceMissing' } };
      if (setting.kind === 'none') return { ok: false, notice: translationNotices.notConfigured() };
      return translateSentences(setting, sentences, from, to, fetch.bind(globalThis));
    },
    onView: (view) => {
      showOnToolbar(view);
      push(view);
    },
  });

  const ownId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');

  /** Reads the tab's page with the report script and hands the report to the engine. */
  const readTab = async (tabId: number) => {
    const report = await readPage(tabId);
    if (report) {
      await engine.pageReported(tabId, report);
      return;
    }
    // No report: a page the extension may not read (a browser page, a store page).
    push({
      tabId,
      url: '',
      status: 'no-article',
      languages: [],
      available: [],
      notices: [{ level: 'info', key: 'notice.pageUnavailable' }],
    });
  };
  const isWatched = (tabId: number) => [...watchers.values()].includes(tabId);

  // The content script says its page reads as an article. Only our own, from a tab's top frame, is heard.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== ownId || sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return;
    if (parseArticleSeen(message)) void readTab(sender.tab.id);
  });

  // The tab moved to another page (a load, a single-page app's new address): what was shown is
  // stale. A panel that shows the tab has its new page read once it has loaded.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') {
      engine.navigated(tabId, tab.url ?? change.url ?? null);
      if (isWatched(tabId)) void engine.watch(tabId);
    }
    if (change.status === 'complete' && isWatched(tabId) && engine.needsReport(tabId)) void readTab(tabId);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT || port.sender?.id !== ownId || !port.sender.url?.startsWith(extensionOrigin)) {
      port.disconnect();
      return;
    }
    port.onDisconnect.addListener(() => watchers.delete(port));
    port.onMessage.addListener((message: unknown) => {
      const command = parsePanelCommand(message);
      if (!command) return;
      if (command.type === 'watch') {
        watchers.set(port, command.tabId);
        void engine.watch(command.tabId).then((view) => {
          if (view) port.postMessage({ type: 'view', view } satisfies PanelUpdate);
          if (engine.needsReport(command.tabId)) void readTab(command.tabId);
        });
        return;
      }
      const tabId = watchers.get(port);
      if (tabId === undefined) return;
      switch (command.type) {
        case 'choose-language':
          void engine.chooseLanguage(tabId, command.lang);
          break;
        case 'paste':
          void engine.paste(tabId, command.text);
          break;
        case 'retry':
          void engine.retry(tabId);
          break;
        case 'translate':
          void engine.translate(tabId);
          break;
        case 'use-translation':
          void engine.useTranslation(tabId, command.lang, command.sentences);
          break;
        case 'locate': {
          const text = engine.pageSentence(tabId, command.index);
          if (text) void locateInPage(tabId, text);
          break;
        }
      }
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => engine.tabClosed(tabId));

  // The toolbar button opens the panel.
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as {
      browserAction: { onClicked: { addListener(fn: () => void): void } };
      sidebarAction: { open(): Promise<void> };
    };
    firefox.browserAction.onClicked.addListener(() => void firefox.sidebarAction.open());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  }
});
