/**
 * The best stored article on the same story in the target language (found when the page was
 * reported), read from the library; the user is told which one it is.
 */
import { textDirection } from '../language/lang-codes.ts';
import type { FindCounterpart, TargetedInput } from './finder.ts';
import { toTextSide } from './text-side.ts';
import type { ExtractedArticle, LibraryEntry } from '../types.ts';

function entryToArticle(entry: LibraryEntry): ExtractedArticle {
  return {
    isArticle: true,
    title: entry.title,
    lang: entry.lang,
    byline: entry.byline,
    published: entry.published,
    siteName: entry.siteName,
    text: entry.text,
    paragraphs: entry.paragraphs,
    alternates: entry.alternates,
    url: entry.url,
    dir: textDirection(entry.lang),
  };
}

export const findLibraryMatch: FindCounterpart<TargetedInput> = async (input, deps) => {
  const match = input.libraryMatches.find((m) => m.lang === input.target);
  const entry = match ? await deps.library.get(match.id).catch(() => undefined) : undefined;
  if (!input.isCurrent()) return { kind: 'stale' };
  if (!entry) return { kind: 'not-found', notices: [] };
  const article = entryToArticle(entry);
  return {
    kind: 'found',
    counterpart: { ...toTextSide(article, article.lang), source: 'library' },
    notices: [{ level: 'info', key: 'notice.libraryMatch', params: { title: entry.title } }],
  };
};
