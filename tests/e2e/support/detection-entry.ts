/** Bundled for the page by detection-engines.test.ts: both article tests on the page's document. */
import { detectArticle } from '../../../utils/page/detect-article.ts';
import { quickArticleCheck } from '../../../utils/page/quick-article-check.ts';

export function bothTests(doc: Document): { quick: boolean; full: boolean } {
  return { quick: quickArticleCheck(doc), full: detectArticle(doc).isArticle };
}
