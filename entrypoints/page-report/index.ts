/**
 * The report script: not a content script, but injected by the background on demand
 * (scripting.executeScript) into a page that the content script found to be an article, or
 * that the side panel asks about. Reads what extraction needs — whether the page is an article,
 * its declared language, its alternates and its HTML — and returns it as the result of the
 * injection (the background validates it with parsePageReport). Also leaves behind, in the
 * extension's isolated world, the function that finds a sentence in the page when the panel asks.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { declaredLanguage } from '../../utils/page/declared-language.ts';
import { detectArticle } from '../../utils/page/detect-article.ts';
import { findAlternates } from '../../utils/page/find-alternates.ts';
import { LOCATE_GLOBAL, type LocateInPage, type PageReport } from '../../utils/messaging.ts';
import { MAX_HTML_CHARS, pageHtml } from '../../utils/page/page-html.ts';
import { highlightInPage } from './highlight.ts';

export default defineUnlistedScript((): PageReport => {
  const locate: LocateInPage = (sentence) => highlightInPage(document, sentence);
  (globalThis as Record<string, unknown>)[LOCATE_GLOBAL] = locate;

  const url = location.href;
  const { isArticle, signals } = detectArticle(document);
  const html = isArticle ? pageHtml(document, MAX_HTML_CHARS) : null;
  const article = html !== null;
  return {
    type: 'page',
    url,
    isArticle: article,
    signals,
    declaredLang: article ? declaredLanguage(document) : null,
    alternates: article ? findAlternates(document, url) : [],
    html,
  };
});
