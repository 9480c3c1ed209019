import type { TextDirection } from '../utils/types';
import type { NavStop } from './arrow-navigation';

export interface PageTextProps {
  lang: string;
  dir: TextDirection;
  sentences: string[];
  paragraphOf: number[];
  /** The list's single tab stop (row = sentence index). */
  tabStop: NavStop | null;
  onLocate(pageSentenceIndex: number): void;
}

/**
 * The page's sentences alone, in one column, by paragraph: shown while there is no
 * alignment (searching, no counterpart, error). No pair-row test ids here.
 * Each sentence is a button that scrolls the page to it.
 */
export function PageText({ lang, dir, sentences, paragraphOf, tabStop, onLocate }: PageTextProps) {
  const paragraphs: number[][] = [];
  sentences.forEach((_, i) => {
    const last = paragraphs[paragraphs.length - 1];
    const previous = i > 0 ? paragraphOf[i - 1] : undefined;
    if (last && paragraphOf[i] === previous) last.push(i);
    else paragraphs.push([i]);
  });
  const stopRow = tabStop && tabStop.row < sentences.length ? tabStop.row : 0;
  return (
    <div class="cp-page-text" lang={lang} dir={dir}>
      {paragraphs.map((indexes) => (
        <p key={indexes[0]} class="cp-page-paragraph">
          {indexes.map((i, k) => [
            k > 0 ? ' ' : null,
            <button
              key={i}
              type="button"
              class="cp-sentence cp-sentence--page"
              data-page-sentence={i}
              data-nav-row={i}
              data-nav-side="page"
              tabIndex={i === stopRow ? 0 : -1}
              onClick={() => onLocate(i)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  onLocate(i);
                }
              }}
            >
              {sentences[i]}
            </button>,
          ])}
        </p>
      ))}
    </div>
  );
}
