import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { textDirection } from '../utils/language/lang-codes.ts';
import { isWebUrl } from '../utils/library/web-url.ts';
import type { LibraryEntry, Notice } from '../utils/types.ts';
import { languageName, uiLanguage, type Translate } from './ui-strings.ts';
import './theme.css';
import './options.css';

/** Messages that say work is under way: another message follows. */
const PROGRESS_KEYS: ReadonlySet<string> = new Set(['library.importReading', 'library.importWriting']);

export interface LibraryManagerProps {
  /** The page shown: the articles matching the search, newest first, from `offset` on. */
  entries: Array<Pick<LibraryEntry, 'id' | 'url' | 'title' | 'lang' | 'published' | 'siteName' | 'savedAt'>>;
  /** The articles in the library (damaged records aside). */
  total: number;
  /** The articles matching the search (`total` without one). */
  matching: number;
  /** Where the page shown starts among the matching articles, and how many a page holds. */
  offset: number;
  pageSize: number;
  /** The search typed, and where it goes. */
  query: string;
  onSearch(query: string): void;
  /** Another page asked for (its offset). */
  onPage(offset: number): void;
  /** Rebuild the index from the stored articles. */
  onRebuild(): void;
  /** The "store every article I read" setting. */
  storing: boolean;
  usageBytes: number | null;
  t: Translate;
  uiLocale: string;
  onToggleStoring(on: boolean): void;
  onDelete(id: string): void;
  /** Called only after the user confirmed, in the component. */
  onClear(): void;
  /** Stored records that cannot be used (skipped in the list); 0 when absent. */
  damaged?: number;
  /** The outcome of the last export or import, shown as a status (or an alert for an error). */
  message?: Notice | null;
  /** An export or import is under way: their controls are disabled. */
  busy?: boolean;
  onExport(): void;
  /** A library file the user picked. */
  onImport(file: File): void;
}

type Summary = LibraryManagerProps['entries'][number];

/** Lowercase, without accents: "Études" and "etudes" match. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * The search of the library list: whether an article's title, site (name or host) or
 * language (code or name) contain every word of `query`, case and accents aside; null for a
 * query without words (everything matches).
 */
export function librarySearch(query: string, uiLocale: string): ((entry: Summary) => boolean) | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const locale = uiLanguage(uiLocale);
  return (entry) => {
    const haystack = fold(
      [entry.title, entry.siteName ?? '', hostOf(entry.url), entry.lang, languageName(entry.lang, locale)].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  };
}

function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: units[unit],
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    }).format(value);
  } catch {
    return `${Math.round(value * 10) / 10} ${['B', 'kB', 'MB', 'GB'][unit]}`;
  }
}

function formatDate(value: string | number, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/**
 * The options page body: the "store articles" switch, space used, damaged entries, a search
 * box, a page of the stored articles (newest first, matching the search) each with a link
 * that opens it (web addresses only) and a delete button, the pages, "delete all" behind an
 * in-place confirmation, export and import, and rebuilding the index.
 */
export function LibraryManager(props: LibraryManagerProps): JSX.Element {
  const { entries, storing, usageBytes, t, message, total, matching, offset, pageSize, query } = props;
  const damaged = props.damaged ?? 0;
  const records = total + damaged;
  const uiLocale = uiLanguage(props.uiLocale);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const id = useId();

  // Focus moves to the safe choice when the confirmation opens, and back when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) clearRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  useEffect(() => {
    if (records === 0) setConfirming(false);
  }, [records]);

  const count = t('library.count', { count: total });
  const searching = query.trim() !== '';
  const number = (value: number) => value.toLocaleString(uiLocale);

  return (
    <main class="cp-library" lang={uiLocale} dir={textDirection(uiLocale)}>
      <h1 class="cp-library-title">{t('library.title')}</h1>
      <p class="cp-library-intro">{t('library.intro')}</p>

      <div class="cp-library-setting">
        <input
          type="checkbox"
          id={`${id}-storing`}
          data-testid="library-storing"
          checked={storing}
          aria-describedby={`${id}-storing-help`}
          onChange={(event) => props.onToggleStoring(event.currentTarget.checked)}
        />
        <label for={`${id}-storing`}>{t('library.storing')}</label>
        <p class="cp-library-help" id={`${id}-storing-help`}>
          {t('library.storingHelp')}
        </p>
      </div>

      <p class="cp-library-summary" data-testid="library-summary">
        <span>{count}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="library-usage">
          {usageBytes === null
            ? t('library.usageUnknown')
            : t('library.usage', { size: formatBytes(usageBytes, uiLocale) })}
        </span>
      </p>

      {damaged > 0 && (
        <p class="cp-library-damaged" data-testid="library-damaged">
          {t('library.damaged', { count: damaged })}
        </p>
      )}

      <div role="status" class="cp-library-live">
        {message && message.level !== 'error' && (
          <p
            class="cp-library-message"
            data-testid="library-message"
            data-level={message.level}
            data-busy={PROGRESS_KEYS.has(message.key) ? 'true' : undefined}
          >
            {t(message.key, message.params)}
          </p>
        )}
      </div>
      <div role="alert" class="cp-library-live">
        {message?.level === 'error' && (
          <p class="cp-library-message cp-library-message--error" data-testid="library-message" data-level="error">
            {t(message.key, message.params)}
          </p>
        )}
      </div>

      {total > 0 && (
        <div class="cp-library-search">
          <label for={`${id}-search`}>{t('library.search')}</label>
          <input
            type="search"
            id={`${id}-search`}
            data-testid="library-search"
            value={query}
            placeholder={t('library.searchPlaceholder')}
            aria-describedby={`${id}-search-count`}
            onInput={(event) => props.onSearch(event.currentTarget.value)}
          />
          <p class="cp-library-help" id={`${id}-search-count`} data-testid="library-search-count">
            {searching ? t('library.searchCount', { shown: matching, count: total }) : ''}
          </p>
        </div>
      )}

      {total === 0 ? (
        <p class="cp-library-empty" data-testid="library-empty">
          {t('library.empty')}
        </p>
      ) : searching && matching === 0 ? (
        <p class="cp-library-empty" data-testid="library-search-none">
          {t('library.searchNone', { query: query.trim() })}
        </p>
      ) : (
        <ul class="cp-library-list" aria-label={t('library.list')}>
          {entries.map((entry) => {
            const title = entry.title.trim() || t('library.untitled');
            return (
              <li key={entry.id} class="cp-library-entry" data-testid="library-entry" data-id={entry.id}>
                <div class="cp-library-entry-main">
                  {isWebUrl(entry.url) ? (
                    <a
                      class="cp-library-entry-title"
                      data-testid="library-open"
                      aria-label={t('library.open', { title })}
                      href={entry.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      lang={entry.lang}
                      dir={textDirection(entry.lang)}
                    >
                      {title}
                    </a>
                  ) : (
                    <span
                      class="cp-library-entry-title"
                      data-testid="library-title"
                      title={t('library.notWebAddress')}
                      lang={entry.lang}
                      dir={textDirection(entry.lang)}
                    >
                      {title}
                    </span>
                  )}
                  <p class="cp-library-entry-meta">
                    <span title={t('library.language', { lang: languageName(entry.lang, uiLocale) })}>
                      {languageName(entry.lang, uiLocale)} <code class="cp-code">{entry.lang}</code>
                    </span>
                    {entry.siteName && <span> · {entry.siteName}</span>}
                    {entry.published && (
                      <span> · {t('library.published', { date: formatDate(entry.published, uiLocale) })}</span>
                    )}
                    <span> · {t('library.saved', { date: formatDate(entry.savedAt, uiLocale) })}</span>
                  </p>
                </div>
                <button
                  type="button"
                  class="cp-button cp-button--danger"
                  data-testid="library-delete"
                  aria-label={t('library.deleteLabel', { title })}
                  onClick={() => props.onDelete(entry.id)}
                >
                  {t('library.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {matching > pageSize && (
        <nav class="cp-library-pages" aria-label={t('library.pages')}>
          <button
            type="button"
            class="cp-button"
            data-testid="library-previous"
            disabled={offset <= 0}
            onClick={() => props.onPage(Math.max(0, offset - pageSize))}
          >
            {t('library.previous')}
          </button>
          <span data-testid="library-page-range">
            {t('library.pageRange', {
              from: number(Math.min(matching, offset + 1)),
              to: number(Math.min(matching, offset + pageSize)),
              count: number(matching),
            })}
          </span>
          <button
            type="button"
            class="cp-button"
            data-testid="library-next"
            disabled={offset + pageSize >= matching}
            onClick={() => props.onPage(offset + pageSize)}
          >
            {t('library.next')}
          </button>
        </nav>
      )}

      {records > 0 && (
        <div class="cp-library-clear">
          {confirming ? (
            <div
              class="cp-library-confirm"
              role="alertdialog"
              aria-labelledby={`${id}-confirm`}
              data-testid="library-confirm"
            >
              <p id={`${id}-confirm`}>{t('library.clearConfirm', { count: records })}</p>
              <div class="cp-library-confirm-actions">
                <button
                  type="button"
                  class="cp-button cp-button--danger-solid"
                  data-testid="library-clear-confirm"
                  onClick={() => {
                    setConfirming(false);
                    props.onClear();
                  }}
                >
                  {t('library.clearYes')}
                </button>
                <button
                  type="button"
                  class="cp-button"
                  ref={cancelRef}
                  data-testid="library-clear-cancel"
                  onClick={() => setConfirming(false)}
                >
                  {t('library.clearNo')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              class="cp-button cp-button--danger"
              ref={clearRef}
              data-testid="library-clear"
              onClick={() => setConfirming(true)}
            >
              {t('library.clear')}
            </button>
          )}
        </div>
      )}

      <section class="cp-library-transfer" aria-labelledby={`${id}-transfer`}>
        <h2 id={`${id}-transfer`}>{t('library.transfer')}</h2>
        <p class="cp-library-help">{t('library.transferHelp')}</p>
        <div class="cp-library-transfer-actions">
          <button
            type="button"
            class="cp-button"
            data-testid="library-export"
            disabled={props.busy}
            onClick={() => props.onExport()}
          >
            {t('library.export')}
          </button>
          <label class="cp-library-import" for={`${id}-import`}>
            {t('library.import')}
          </label>
          <input
            type="file"
            id={`${id}-import`}
            data-testid="library-import"
            accept=".json,application/json"
            disabled={props.busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) props.onImport(file);
              input.value = '';
            }}
          />
        </div>
      </section>

      <section class="cp-library-transfer" aria-labelledby={`${id}-rebuild`}>
        <h2 id={`${id}-rebuild`}>{t('library.rebuild')}</h2>
        <p class="cp-library-help">{t('library.rebuildHelp')}</p>
        <div class="cp-library-transfer-actions">
          <button
            type="button"
            class="cp-button"
            data-testid="library-rebuild"
            disabled={props.busy}
            onClick={() => props.onRebuild()}
          >
            {t('library.rebuild')}
          </button>
        </div>
      </section>
    </main>
  );
}
