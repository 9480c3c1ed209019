/** An extracted article as one side of the reader: its sentences and their paragraphs. */
import { textDirection } from '../language/lang-codes.ts';
import { segmentParagraphs } from '../language/segment-sentences.ts';
import type { ExtractedArticle, LangCode, TextSide } from '../types.ts';

export function toTextSide(article: ExtractedArticle, lang: LangCode): TextSide {
  const segmented = segmentParagraphs(article.paragraphs, lang);
  return {
    lang,
    dir: textDirection(lang),
    title: article.title,
    url: article.url,
    siteName: article.siteName,
    byline: article.byline,
    published: article.published,
    sentences: segmented.sentences,
    paragraphOf: segmented.paragraphOf,
  };
}
