/** The toolbar button's badge: a dot on an article, the counterpart's language when one is available. */
import { browser } from 'wxt/browser';
import { toolbarBadge } from '../../components/toolbar-badge.ts';
import type { TabView } from '../../utils/types.ts';

const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export function showOnToolbar(view: TabView): void {
  const { tabId } = view;
  const { text, title, lang } = toolbarBadge(view, browser.i18n.getUILanguage());
  void Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: lang ? '#1a7f4b' : '#5b6470' }),
    action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // the tab may be gone
}
