/** What the toolbar button shows for a tab: its badge text and its tooltip, translated. */
import type { TabView } from '../utils/types.ts';
import { languageName, makeTranslator, uiLanguage } from './ui-strings.ts';

/** The badge's text and tooltip for a tab's view, in the browser's UI language. */
export function toolbarBadge(view: TabView, locale: string): { text: string; title: string; lang: string | undefined } {
  const isArticle = view.status !== 'no-article' && view.page !== undefined;
  const lang = view.status === 'ready' ? view.counterpart?.lang : view.available[0];
  if (!isArticle) return { text: '', title: 'Counterpart', lang: undefined };
  const t = makeTranslator(locale);
  return lang
    ? {
        text: lang.toUpperCase(),
        title: t('badge.available', { language: languageName(lang, uiLanguage(locale)) }),
        lang,
      }
    : { text: '•', title: t('badge.article'), lang };
}
