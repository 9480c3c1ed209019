/**
 * Side panel (Chromium side panel, Firefox sidebar): shows the active tab's article and its
 * counterpart, following the active tab; `?tabId=N` pins it to tab N (tests open it so).
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { Reader } from '../../components/reader.tsx';
import { languageName, makeTranslator, uiDirection, uiLanguage, type Translate } from '../../components/ui-strings.ts';
import { translateWithChrome } from '../../utils/translation/chrome-translator-glue.ts';
import { PANEL_PORT, type PanelCommand, type PanelUpdate } from '../../utils/messaging.ts';
import type { TabView } from '../../utils/types.ts';

const uiLocale = browser.i18n.getUILanguage() || navigator.language || 'en';
const pinned = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);

function waiting(tabId: number): TabView {
  return { tabId, url: '', status: 'searching', languages: [], available: [], notices: [] };
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function isPanelUpdate(value: unknown): value is PanelUpdate {
  return typeof value === 'object' && value !== null && (value as PanelUpdate).type === 'view';
}

/**
 * The user asked for a machine translation. By a service: the background does it. On this
 * device (Chrome's Translator): here, in the click's user activation, asking before a
 * language pack is downloaded.
 */
async function machineTranslate(view: TabView, send: (command: PanelCommand) => void, t: Translate) {
  const { page, targetLang } = view;
  if (view.offerTranslation !== 'on-device' || !page || !targetLang) {
    send({ type: 'translate' });
    return;
  }
  let outcome = await translateWithChrome(page.sentences, page.lang, targetLang, { allowDownload: false });
  if (!outcome.ok && outcome.notice.key === 'notice.translationDownloadNeeded') {
    if (!window.confirm(t('reader.downloadLanguagePack', { lang: languageName(targetLang, uiLocale) }))) return;
    outcome = await translateWithChrome(page.sentences, page.lang, targetLang, { allowDownload: true });
  }
  if (outcome.ok) send({ type: 'use-translation', lang: targetLang, sentences: outcome.sentences });
  else send({ type: 'translate' }); // the background reports why (no on-device translator)
}

function App() {
  const t = useMemo(() => makeTranslator(uiLocale), []);
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(pinned) ? pinned : undefined);
  const [view, setView] = useState<TabView | undefined>(undefined);
  const [port, setPort] = useState<Browser.runtime.Port | undefined>(undefined);

  // Follow the active tab of this window, unless pinned.
  useEffect(() => {
    if (Number.isInteger(pinned)) return;
    void activeTabId().then(setTabId);
    const onActivated = ({ tabId: id, windowId }: { tabId: number; windowId: number }) => {
      void browser.windows.getCurrent().then((current) => {
        if (current.id === windowId) setTabId(id);
      });
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  // One port to the background per shown tab; reconnect if the background restarts.
  useEffect(() => {
    if (tabId === undefined) return;
    let closed = false;
    let current: Browser.runtime.Port | undefined;
    const connect = () => {
      current = browser.runtime.connect({ name: PANEL_PORT });
      current.onMessage.addListener((message: unknown) => {
        if (isPanelUpdate(message) && message.view.tabId === tabId) setView(message.view);
      });
      current.onDisconnect.addListener(() => {
        if (!closed) setTimeout(connect, 250);
      });
      current.postMessage({ type: 'watch', tabId } satisfies PanelCommand);
      setPort(current);
    };
    setView(waiting(tabId));
    connect();
    return () => {
      closed = true;
      current?.disconnect();
    };
  }, [tabId]);

  const send = (command: PanelCommand) => port?.postMessage(command);
  const shown = view ?? waiting(tabId ?? -1);

  return (
    <Reader
      view={shown}
      t={t}
      uiLocale={uiLocale}
      onChooseLanguage={(lang) => send({ type: 'choose-language', lang })}
      onPaste={(text) => send({ type: 'paste', text })}
      onLocate={(index) => send({ type: 'locate', index })}
      onRetry={() => send({ type: 'retry' })}
      onTranslate={() => void machineTranslate(shown, send, t)}
    />
  );
}

document.documentElement.lang = uiLanguage(uiLocale);
document.documentElement.dir = uiDirection(uiLocale);
render(<App />, document.getElementById('app')!);
