import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { textDirection } from '../utils/language/lang-codes';
import type { LibraryEntry, Notice } from '../utils/types';
import { languageName, uiLanguage, type Translate } from './ui-strings';
import './theme.css';
import './options.css';

export interface LibraryManagerProps {
  entries: Array<Pick<LibraryEntry, 'id' | 'url' | 'title' | 'lang' | 'published' | 'siteName' | 'savedAt'>>;
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

/** Entries whose title, site (name or host) or language (code or name) contain every word of `query`. */
function search(entries: Summary[], query: string, uiLocale: string): Summary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack = fold([entry.title, entry.siteName ?? '', hostOf(entry.url), entry.lang, languageName(entry.lang, uiLocale)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
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
 * box, the stored articles (newest first, matching the search) each with a link that opens it
 * and a delete button, "delete all" behind an in-place confirmation, and export and import.
 */
export function LibraryManager(props: LibraryManagerProps): JSX.Element {
  const { entries, storing, usageBytes, t, message } = props;
  const damaged = props.damaged ?? 0;
  const uiLocale = uiLanguage(props.uiLocale);
  const [confirming, setConfirming] = useState(false);
  const [query, setQuery] = useState('');
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
    if (entries.length === 0) setConfirming(false);
  }, [entries.length]);

  const sorted = [...entries].sort((a, b) => b.savedAt - a.savedAt);
  const shown = search(sorted, query, uiLocale);
  const count = t('library.count', { count: entries.length });

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
          {usageBytes === null ? t('library.usageUnknown') : t('library.usage', { size: formatBytes(usageBytes, uiLocale) })}
        </span>
      </p>

      {damaged > 0 && (
        <p class="cp-library-damaged" data-testid="library-damaged">
          {t('library.damaged', { count: damaged })}
        </p>
      )}

      <div role="status" class="cp-library-live">
        {message && message.level !== 'error' && (
          <p class="cp-library-message" data-testid="library-message" data-level={message.level}>
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

      {sorted.length > 0 && (
        <div class="cp-library-search">
          <label for={`${id}-search`}>{t('library.search')}</label>
          <input
            type="search"
            id={`${id}-search`}
            data-testid="library-search"
            value={query}
            placeholder={t('library.searchPlaceholder')}
            aria-describedby={`${id}-search-count`}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <p class="cp-library-help" id={`${id}-search-count`} data-testid="library-search-count">
            {query.trim() ? t('library.searchCount', { shown: shown.length, count: sorted.length }) : ''}
          </p>
        </div>
      )}

      {sorted.length === 0 ? (
        <p class="cp-library-empty" data-testid="library-empty">
          {t('library.empty')}
        </p>
      ) : shown.length === 0 ? (
        <p class="cp-library-empty" data-testid="library-search-none">
          {t('library.searchNone', { query: query.trim() })}
        </p>
      ) : (
        <ul class="cp-library-list" aria-label={t('library.list')}>
          {shown.map((entry) => {
            const title = entry.title.trim() || t('library.untitled');
            return (
              <li key={entry.id} class="cp-library-entry" data-testid="library-entry" data-id={entry.id}>
                <div class="cp-library-entry-main">
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
                  <p class="cp-library-entry-meta">
                    <span title={t('library.language', { lang: languageName(entry.lang, uiLocale) })}>
                      {languageName(entry.lang, uiLocale)} <code class="cp-code">{entry.lang}</code>
                    </span>
                    {entry.siteName && <span> · {entry.siteName}</span>}
                    {entry.published && <span> · {t('library.published', { date: formatDate(entry.published, uiLocale) })}</span>}
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

      {sorted.length > 0 && (
        <div class="cp-library-clear">
          {confirming ? (
            <div class="cp-library-confirm" role="alertdialog" aria-labelledby={`${id}-confirm`} data-testid="library-confirm">
              <p id={`${id}-confirm`}>{t('library.clearConfirm', { count: entries.length })}</p>
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
          <button type="button" class="cp-button" data-testid="library-export" disabled={props.busy} onClick={() => props.onExport()}>
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
    </main>
  );
}
