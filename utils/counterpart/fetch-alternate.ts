/**
 * Fetches a page's other-language edition (declared or guessed) and checks that it is an
 * article, in that language, on the same story as the page.
 */
import { detectLanguage } from '../language/detect-language.ts';
import { isSameStory } from '../match/rank-counterparts.ts';
import type { SearchDeps } from './finder.ts';
import type { ExtractedArticle, LangCode, Notice } from '../types.ts';

export type AlternateOutcome = { ok: true; article: ExtractedArticle } | { ok: false; notice: Notice };

export async function fetchAlternate(
  url: string,
  lang: LangCode,
  page: ExtractedArticle,
  pageUrl: string,
  deps: Pick<SearchDeps, 'extract' | 'fetchHtml'>,
): Promise<AlternateOutcome> {
  const fetched = await deps.fetchHtml(url, pageUrl);
  if (!fetched.ok) return fetched;
  let article: ExtractedArticle;
  try {
    article = await deps.extract(fetched.html, fetched.url);
  } catch {
    return { ok: false, notice: { level: 'warning', key: 'notice.alternateNotArticle', params: { url } } };
  }
  if (!article.isArticle || article.paragraphs.length === 0) {
    return { ok: false, notice: { level: 'warning', key: 'notice.alternateNotArticle', params: { url } } };
  }
  const found = article.lang !== 'und' ? article.lang : detectLanguage(article.text, null).lang;
  if (found !== lang) {
    return {
      ok: false,
      notice: { level: 'warning', key: 'notice.alternateWrongLanguage', params: { url, expected: lang, found } },
    };
  }
  const story = isSameStory(
    { title: page.title, text: page.text, lang: page.lang, url: page.url, published: page.published },
    { title: article.title, text: article.text, lang: found, url: article.url, published: article.published },
  );
  if (!story.same) {
    return { ok: false, notice: { level: 'warning', key: 'notice.alternateOtherStory', params: { url } } };
  }
  return { ok: true, article: { ...article, lang: found } };
}
