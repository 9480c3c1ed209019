import type { JSX } from 'preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { textDirection } from '../utils/language/lang-codes.ts';
import type { Bead, TabView } from '../utils/types.ts';
import { moveFocus, navStopOf, type NavStop } from './arrow-navigation.ts';
import { LanguagePicker } from './language-picker.tsx';
import { NoticeList } from './notice-list.tsx';
import { PageText } from './page-text.tsx';
import { PairRow, type RowSide, type Side } from './pair-row.tsx';
import { PasteForm } from './paste-form.tsx';
import { SourceLabel } from './source-label.tsx';
import { StatusBar } from './status-bar.tsx';
import { languageName, uiLanguage, type Translate } from './ui-strings.ts';
import './theme.css';
import './reader.css';

export interface ReaderProps {
  view: TabView;
  t: Translate;
  uiLocale: string;
  /** Counterpart language picker (view.languages, view.available marked). */
  onChooseLanguage(lang: string): void;
  /** The counterpart, pasted by hand. */
  onPaste(text: string): void;
  /** A page-side sentence was activated: scroll the page to it. */
  onLocate(pageSentenceIndex: number): void;
  onRetry(): void;
  /** The user asks for a machine translation (offered in view.offerTranslation). */
  onTranslate(): void;
}

const FIRST_STOP: NavStop = { row: 0, side: 'page', index: 0 };

/** Does bead `i` open a new paragraph (of the page, or of the counterpart where the page side is empty)? */
function startsParagraph(beads: Bead[], i: number, pageParagraphs: number[], counterpartParagraphs: number[]): boolean {
  if (i === 0) return false;
  const bead = beads[i];
  const previous = beads[i - 1];
  if (!bead || !previous) return false;
  const paragraphOf = (b: Bead, first: boolean) => {
    const a = first ? b.a[0] : b.a[b.a.length - 1];
    if (a !== undefined) return { side: 'a', p: pageParagraphs[a] };
    const c = first ? b.b[0] : b.b[b.b.length - 1];
    return { side: 'b', p: c === undefined ? undefined : counterpartParagraphs[c] };
  };
  const now = paragraphOf(bead, true);
  const before = paragraphOf(previous, false);
  return now.side === before.side && now.p !== undefined && before.p !== undefined && now.p !== before.p;
}

/**
 * The side panel's body: status, languages and source, notices, the page's article and
 * its counterpart aligned bead by bead, and the paste form.
 *
 * Keyboard: the sentence list is one tab stop (roving tabindex, see arrow-navigation);
 * arrows move between rows and sides, Enter or Space on a page sentence calls onLocate.
 */
export function Reader({
  view,
  t,
  uiLocale: requestedLocale,
  onChooseLanguage,
  onPaste,
  onLocate,
  onRetry,
  onTranslate,
}: ReaderProps): JSX.Element {
  // The locale the strings are really in (English for a UI language without strings of its own).
  const uiLocale = uiLanguage(requestedLocale);
  const idBase = useId();
  const uiDir = textDirection(uiLocale);
  const [hidden, setHidden] = useState<Side | null>(null);
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  const [hoverRow, setHoverRow] = useState<number | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [tabStop, setTabStop] = useState<NavStop>(FIRST_STOP);

  const { page, counterpart, status } = view;
  const beads = status === 'ready' && page && counterpart ? (view.beads ?? []) : null;
  const aligned = beads !== null && beads.length > 0;

  // A new alignment (other tab, other counterpart) starts from the top, nothing revealed.
  const alignmentKey = `${view.tabId}|${page?.url ?? ''}|${counterpart?.lang ?? ''}|${counterpart?.source ?? ''}|${beads?.length ?? -1}`;
  useEffect(() => {
    setRevealed(new Set());
    setTabStop(FIRST_STOP);
    setHoverRow(null);
    setFocusRow(null);
  }, [alignmentKey]);

  const pageSide: RowSide | null = useMemo(
    () =>
      page
        ? {
            lang: page.lang,
            dir: textDirection(page.lang, page.dir),
            name: languageName(page.lang, uiLocale),
            sentences: page.sentences,
          }
        : null,
    [page, uiLocale],
  );
  const counterpartSide: RowSide | null = useMemo(
    () =>
      counterpart
        ? {
            lang: counterpart.lang,
            dir: textDirection(counterpart.lang, counterpart.dir),
            name: languageName(counterpart.lang, uiLocale),
            sentences: counterpart.sentences,
          }
        : null,
    [counterpart, uiLocale],
  );

  const counterpartLang = counterpart?.lang ?? view.targetLang;
  const highlightRow = hoverRow ?? focusRow;

  const toggleHidden = (side: Side) => {
    setHidden((current) => (current === side ? null : side));
    setRevealed(new Set());
  };

  const listHandlers = {
    'data-nav-list': '',
    onKeyDown: (event: KeyboardEvent) => moveFocus(event, event.currentTarget as HTMLElement),
    onFocusIn: (event: FocusEvent) => {
      const stop = navStopOf(event.target);
      if (stop) {
        setTabStop(stop);
        setFocusRow(stop.row);
      }
    },
    onFocusOut: (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !(event.currentTarget as HTMLElement).contains(next)) setFocusRow(null);
    },
  };

  const langHead = (side: Side) => {
    const isPage = side === 'page';
    const lang = isPage ? page?.lang : counterpartLang;
    const picker = !isPage && view.languages.length > 0;
    if (!lang && !picker) return null;
    const name = lang ? languageName(lang, uiLocale) : '';
    const canHide = aligned;
    return (
      <div class={`cp-lang cp-lang--${side}`}>
        <span class="cp-lang-role">{t(isPage ? 'reader.pageLanguage' : 'reader.counterpartLanguage')}</span>
        <span class="cp-lang-line">
          {picker ? (
            <LanguagePicker
              languages={view.languages}
              available={view.available}
              value={counterpartLang}
              t={t}
              uiLocale={uiLocale}
              onChoose={onChooseLanguage}
            />
          ) : (
            <span class="cp-lang-name">{name}</span>
          )}
          {lang && (
            <code class="cp-code" data-testid={isPage ? 'lang-page' : 'lang-counterpart'} aria-hidden="true">
              {lang}
            </code>
          )}
          {canHide && (
            <button
              type="button"
              class="cp-toggle"
              aria-pressed={hidden === side ? 'true' : 'false'}
              title={t('reader.hideSideLabel', { lang: name })}
              data-testid={`hide-${side}`}
              onClick={() => toggleHidden(side)}
            >
              {t('reader.hideSide', { lang: name })}
            </button>
          )}
        </span>
      </div>
    );
  };

  const showPaste = status === 'no-counterpart' || status === 'error' || status === 'ready';
  const pasteForm = showPaste && (
    <PasteForm t={t} prominent={status !== 'ready'} lang={view.targetLang} onPaste={onPaste} />
  );

  return (
    <main class="cp-reader" lang={uiLocale} dir={uiDir} aria-label={t('reader.label')}>
      {page && (
        <header class="cp-header">
          <div class="cp-langs">
            {langHead('page')}
            {langHead('counterpart')}
          </div>
          {counterpart && counterpartSide && (
            <SourceLabel source={counterpart.source} langName={counterpartSide.name} t={t} />
          )}
        </header>
      )}

      <StatusBar status={status} t={t} />
      {status === 'error' && (
        <button type="button" class="cp-button cp-retry" data-testid="retry" onClick={onRetry}>
          {t('reader.retry')}
        </button>
      )}
      <NoticeList notices={view.notices} t={t} uiLocale={uiLocale} />

      {status !== 'ready' && pasteForm}
      {status === 'no-counterpart' && view.offerTranslation && (
        <div class="cp-translate-offer">
          <button type="button" class="cp-button" data-testid="machine-translate" onClick={onTranslate}>
            {t('reader.machineTranslate')}
          </button>
          <p class="cp-paste-help">
            {t(
              view.offerTranslation === 'on-device'
                ? 'reader.machineTranslateOnDevice'
                : 'reader.machineTranslateService',
            )}
          </p>
        </div>
      )}

      {page && pageSide && (
        <section class="cp-titles" aria-label={t('reader.titles')}>
          <h1 class="cp-title" lang={pageSide.lang} dir={pageSide.dir}>
            {page.title}
          </h1>
          {counterpart && counterpartSide && aligned && counterpart.title && (
            <p class="cp-title cp-title--counterpart" lang={counterpartSide.lang} dir={counterpartSide.dir}>
              {counterpart.url ? (
                <a href={counterpart.url} target="_blank" rel="noopener noreferrer">
                  {counterpart.title}
                </a>
              ) : (
                counterpart.title
              )}
            </p>
          )}
        </section>
      )}

      {aligned && beads && pageSide && counterpartSide && page && counterpart ? (
        <section class="cp-alignment" aria-label={t('reader.alignment')}>
          <p class="cp-visually-hidden" id={`${idBase}-hint`}>
            {t('reader.keyboardHint')}
          </p>
          <ol
            class={`cp-pairs${hidden ? ` cp-pairs--hide-${hidden}` : ''}`}
            aria-describedby={`${idBase}-hint`}
            {...listHandlers}
            onMouseOver={(event) => {
              const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
              setHoverRow(row ? Number(row.dataset['row']) : null);
            }}
            onMouseLeave={() => setHoverRow(null)}
          >
            {beads.map((bead, row) => (
              <PairRow
                key={row}
                row={row}
                bead={bead}
                page={pageSide}
                counterpart={counterpartSide}
                hidden={hidden}
                revealed={revealed.has(row)}
                highlighted={highlightRow === row}
                startsParagraph={startsParagraph(beads, row, page.paragraphOf, counterpart.paragraphOf)}
                tabStop={tabStop.row === row || (tabStop.row >= beads.length && row === 0) ? tabStop : null}
                idBase={idBase}
                uiLocale={uiLocale}
                uiDir={uiDir}
                t={t}
                onLocate={onLocate}
                onReveal={(r) => setRevealed((set) => new Set(set).add(r))}
              />
            ))}
          </ol>
        </section>
      ) : (
        page &&
        pageSide &&
        status !== 'no-article' && (
          <section class="cp-page-only" aria-label={t('reader.pageSentences')}>
            {page.sentences.length === 0 ? (
              <p class="cp-empty">{t('reader.noSentences')}</p>
            ) : (
              <div {...listHandlers}>
                <PageText
                  lang={pageSide.lang}
                  dir={pageSide.dir}
                  sentences={page.sentences}
                  paragraphOf={page.paragraphOf}
                  tabStop={tabStop}
                  title={t('reader.locate')}
                  onLocate={onLocate}
                />
              </div>
            )}
          </section>
        )
      )}

      {status === 'ready' && pasteForm}
    </main>
  );
}
