import type { ComponentChildren } from 'preact';

export interface SentenceButtonProps {
  /** Index of the sentence in the page's sentences. */
  index: number;
  /** Row of the roving-tabindex list the button belongs to. */
  navRow: number;
  tabIndex: number;
  describedBy?: string;
  title: string;
  onLocate(pageSentenceIndex: number): void;
  children: ComponentChildren;
}

/**
 * A page-side sentence: a button that scrolls the page to it (onLocate) on click,
 * Enter or Space. Enter is handled here rather than through the button's own click
 * so that it behaves the same in every browser and in tests; Space keeps the native click.
 */
export function SentenceButton({
  index,
  navRow,
  tabIndex,
  describedBy,
  title,
  onLocate,
  children,
}: SentenceButtonProps) {
  return (
    <button
      type="button"
      class="cp-sentence cp-sentence--page"
      data-sentence={index}
      data-nav-row={navRow}
      data-nav-side="page"
      tabIndex={tabIndex}
      aria-describedby={describedBy || undefined}
      title={title}
      onClick={() => onLocate(index)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onLocate(index);
        }
      }}
    >
      {children}
    </button>
  );
}
