import type { Bead, TextDirection } from '../utils/types.ts';
import type { NavStop } from './arrow-navigation.ts';
import { SentenceButton } from './sentence-button.tsx';
import type { Translate } from './ui-strings.ts';

/** One side of the pair as the row needs it. */
export interface RowSide {
  lang: string;
  dir: TextDirection;
  /** Language name in the UI language, for labels ("Not in the German version"). */
  name: string;
  sentences: string[];
}

export type Side = 'page' | 'counterpart';

export interface PairRowProps {
  /** Position of the row (bead) in reading order. */
  row: number;
  bead: Bead;
  page: RowSide;
  counterpart: RowSide;
  /** The side hidden for study, if any. */
  hidden: Side | null;
  /** The hidden side of this row was revealed by the learner. */
  revealed: boolean;
  /** Hovered or focused: both cells are highlighted. */
  highlighted: boolean;
  /** The row's first page sentence opens a new paragraph. */
  startsParagraph: boolean;
  /** The list's single tab stop, when it is in this row. */
  tabStop: NavStop | null;
  /** Prefix for element ids (unique per reader). */
  idBase: string;
  uiLocale: string;
  uiDir: TextDirection;
  t: Translate;
  onLocate(pageSentenceIndex: number): void;
  onReveal(row: number): void;
}

/** Confidence below which a bead is flagged as an uncertain match. */
export const LOW_CONFIDENCE = 0.5;

/**
 * One alignment bead: the page's sentences (bead.a) beside the counterpart's (bead.b).
 * Both cells are always in the DOM (each with its `data-side`); an empty side gets
 * `data-missing` and a visible label, a side hidden for study a reveal button.
 */
export function PairRow(props: PairRowProps) {
  const { row, bead, page, counterpart, hidden, revealed, highlighted, t, idBase } = props;
  const uncertain = bead.score !== undefined && bead.score < LOW_CONFIDENCE;
  const pageId = `${idBase}-r${row}-page`;
  const counterpartId = `${idBase}-r${row}-cp`;
  const flagId = `${idBase}-r${row}-flag`;

  const isHidden = (side: Side) => hidden === side && !revealed;

  /** Roving tabindex: 0 for the list's one tab stop, -1 for every other item. */
  const tabIndexFor = (side: Side, index: number): number => {
    const stop = props.tabStop;
    if (!stop) return -1;
    // The tab stop may point at an item that no longer exists (side hidden, fewer sentences):
    // fall back to the row's first item so the list keeps exactly one tab stop.
    const pageItems = bead.a.length === 0 || isHidden('page') ? 1 : bead.a.length;
    const stopExists = stop.side === 'page' ? stop.index < pageItems : stop.side === 'counterpart' && stop.index === 0;
    if (stopExists) return stop.side === side && stop.index === index ? 0 : -1;
    return side === 'page' && index === 0 ? 0 : -1;
  };

  const describedBy = (other: string) => [other, uncertain ? flagId : ''].filter(Boolean).join(' ');

  /** What every cell carries: its data-side, the text's lang and dir, the highlight. */
  const cellAttrs = (side: Side, own: RowSide, variant = '') => ({
    id: side === 'page' ? pageId : counterpartId,
    class: `cp-cell cp-cell--${side}${variant ? ` cp-cell--${variant}` : ''}${highlighted ? ' is-highlighted' : ''}`,
    'data-side': side,
    lang: own.lang,
    dir: own.dir,
  });
  /** What every item of the keyboard model carries. */
  const navAttrs = (side: Side, index = 0) => ({
    tabIndex: tabIndexFor(side, index),
    'data-nav-row': row,
    'data-nav-side': side,
  });

  const missingCell = (side: Side, own: RowSide, otherId: string) => (
    <div
      {...cellAttrs(side, own, 'missing')}
      data-missing=""
      {...navAttrs(side)}
      aria-describedby={describedBy(otherId)}
    >
      <span class="cp-missing-label" lang={props.uiLocale} dir={props.uiDir}>
        {t('pair.missing', { lang: own.name })}
      </span>
    </div>
  );

  const hiddenCell = (side: Side, own: RowSide) => (
    <div {...cellAttrs(side, own, 'hidden')} data-hidden="">
      <button
        type="button"
        class="cp-reveal"
        lang={props.uiLocale}
        dir={props.uiDir}
        {...navAttrs(side)}
        aria-label={t('reader.revealLabel', { lang: own.name })}
        onClick={() => props.onReveal(row)}
      >
        {t('reader.reveal')}
      </button>
    </div>
  );

  let pageCell;
  if (bead.a.length === 0) pageCell = missingCell('page', page, counterpartId);
  else if (isHidden('page')) pageCell = hiddenCell('page', page);
  else
    pageCell = (
      <div {...cellAttrs('page', page)}>
        {bead.a.map((sentenceIndex, k) => [
          k > 0 ? ' ' : null,
          <SentenceButton
            key={sentenceIndex}
            index={sentenceIndex}
            navRow={row}
            tabIndex={tabIndexFor('page', k)}
            describedBy={describedBy(counterpartId)}
            title={t('reader.locate')}
            onLocate={props.onLocate}
          >
            {page.sentences[sentenceIndex] ?? ''}
          </SentenceButton>,
        ])}
      </div>
    );

  let counterpartCell;
  if (bead.b.length === 0) counterpartCell = missingCell('counterpart', counterpart, pageId);
  else if (isHidden('counterpart')) counterpartCell = hiddenCell('counterpart', counterpart);
  else
    counterpartCell = (
      <div
        {...cellAttrs('counterpart', counterpart)}
        {...navAttrs('counterpart')}
        aria-describedby={describedBy(pageId)}
      >
        {bead.b.map((i) => counterpart.sentences[i] ?? '').join(' ')}
      </div>
    );

  const classes = ['cp-pair'];
  if (highlighted) classes.push('is-highlighted');
  if (uncertain) classes.push('cp-pair--uncertain');
  if (props.startsParagraph) classes.push('cp-pair--paragraph');
  if (bead.a.length === 0 || bead.b.length === 0) classes.push('cp-pair--gap');

  return (
    <li
      class={classes.join(' ')}
      data-testid="pair-row"
      data-row={row}
      data-highlighted={highlighted ? '' : undefined}
      data-uncertain={uncertain ? '' : undefined}
    >
      {pageCell}
      {counterpartCell}
      {uncertain && (
        <p id={flagId} class="cp-pair-flag" lang={props.uiLocale} dir={props.uiDir}>
          <span aria-hidden="true">≈ </span>
          {t('pair.uncertain')}
        </p>
      )}
    </li>
  );
}
