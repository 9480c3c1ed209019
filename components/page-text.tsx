import type { TextDirection } from '../utils/types.ts';
import type { NavStop } from './arrow-navigation.ts';
import { SentenceButton } from './sentence-button.tsx';

export interface PageTextProps {
  lang: string;
  dir: TextDirection;
  sentences: string[];
  paragraphOf: number[];
  /** The list's single tab stop (row = sentence index). */
  tabStop: NavStop | null;
  /** Tooltip of each sentence ("Show on the page"). */
  title: string;
  onLocate(pageSentenceIndex: number): void;
}

/**
 * The page's sentences alone, in one column, by paragraph: shown while there is no
 * alignment (searching, no counterpart, error). No pair-row test ids here.
 * Each sentence is a button that scrolls the page to it.
 */
export function PageText({ lang, dir, sentences, paragraphOf, tabStop, title, onLocate }: PageTextProps) {
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
            <SentenceButton
              key={i}
              index={i}
              navRow={i}
              tabIndex={i === stopRow ? 0 : -1}
              title={title}
              onLocate={onLocate}
            >
              {sentences[i]}
            </SentenceButton>,
          ])}
        </p>
      ))}
    </div>
  );
}
