/**
 * Options page: the local library (pages, search, open, delete, clear, export, import,
 * rebuilding the index) and whether articles are stored. The file download and the file
 * reading are done here.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AlignmentSettings } from '../../components/alignment-settings.tsx';
import { LibraryManager, librarySearch, type LibraryManagerProps } from '../../components/library-manager.tsx';
import { TranslationSettings } from '../../components/translation-settings.tsx';
import { makeTranslator, uiDirection, uiLanguage } from '../../components/ui-strings.ts';
import {
  exportFiles,
  importSizeProblem,
  MAX_IMPORT_SIZE_LABEL,
  parseLibraryImport,
} from '../../utils/library/library-export.ts';
import { LibraryStorage, type LibrarySummary } from '../../utils/library/storage-idb.ts';
import { isQuotaExceeded } from '../../utils/library/quota-error.ts';
import type { Notice } from '../../utils/types.ts';
import { chromeTranslatorApi } from '../../utils/translation/chrome-translator-glue.ts';
import type { TranslationSetting } from '../../utils/translation/translation-setting.ts';
import { PREFS } from '../../utils/prefs/prefs.ts';
import { loadPrefs, prefItems } from '../../utils/prefs/prefs-storage.ts';

/** Chrome's on-device Translator, in this browser (never in Firefox). */
const onDeviceTranslator = !import.meta.env.FIREFOX && chromeTranslatorApi() !== null;

const uiLocale = browser.i18n.getUILanguage() || navigator.language || 'en';
const library = LibraryStorage.open();
/** Articles a page of the list shows. */
const PAGE_SIZE = 100;
/** How long typing pauses before the library is searched (a search reads every card). */
const SEARCH_DELAY_MS = 250;

async function usage(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return estimate?.usage ?? null;
}

/** Offers `text` as a file download named `name`. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads the library as one file, or as several of at most the import limit each (so that each can be imported). */
async function exportLibrary(): Promise<Notice> {
  try {
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const name = (part?: number) => `counterpart-library-${day}${part === undefined ? '' : `-${part}`}.json`;
    // The first file is held until it is known whether a second one follows (then every file is numbered).
    let first: string | undefined;
    let parts = 0;
    let count = 0;
    for await (const file of exportFiles((await library).exportBatches(), now)) {
      parts += 1;
      count += file.articles;
      if (parts === 1) {
        first = file.text;
        continue;
      }
      if (first !== undefined) download(first, name(1));
      first = undefined;
      download(file.text, name(parts));
    }
    if (first !== undefined) download(first, name());
    return parts > 1
      ? {
          level: 'info',
          key: 'library.exportedParts',
          params: { count: String(count), parts: String(parts), max: MAX_IMPORT_SIZE_LABEL },
        }
      : { level: 'info', key: 'library.exported', params: { count: String(count) } };
  } catch {
    return { level: 'error', key: 'library.exportFailed' };
  }
}

async function importLibrary(file: File, progress: (notice: Notice) => void): Promise<Notice> {
  // Refused before it is read: reading and checking a huge file would freeze the page.
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return tooLarge;
  progress({ level: 'info', key: 'library.importReading' });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { level: 'error', key: 'library.importFailed' };
  }
  const parsed = parseLibraryImport(text);
  if (!parsed.ok) return parsed.problem;
  progress({ level: 'info', key: 'library.importWriting', params: { count: String(parsed.articles.length) } });
  try {
    const { imported, skipped } = await (await library).importEntries(parsed.articles);
    return {
      level: 'info',
      key: 'library.importDone',
      params: { imported: String(imported), skipped: String(skipped + parsed.duplicates) },
    };
  } catch (error) {
    return { level: 'error', key: isQuotaExceeded(error) ? 'library.importQuota' : 'library.importFailed' };
  }
}

async function rebuildIndex(): Promise<Notice> {
  try {
    const { articles } = await (await library).rebuildIndex();
    return { level: 'info', key: 'library.rebuilt', params: { count: String(articles) } };
  } catch {
    return { level: 'error', key: 'library.rebuildFailed' };
  }
}

function App() {
  const t = useMemo(() => makeTranslator(uiLocale), []);
  const [entries, setEntries] = useState<LibrarySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [matching, setMatching] = useState(0);
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  /** The page and search asked for last: an answer to an earlier request is dropped. */
  const wanted = useRef({ offset: 0, query: '', asked: 0 });
  const [storing, setStoring] = useState(PREFS.storeArticles.fallback);
  const [usageBytes, setUsageBytes] = useState<number | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [message, setMessage] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const asked = (wanted.current.asked += 1);
    const { query: searched } = wanted.current;
    let page = await (
      await library
    ).page({ offset: wanted.current.offset, limit: PAGE_SIZE, filter: librarySearch(searched, uiLocale) ?? undefined });
    // The page asked for is past the end (articles deleted): the last page.
    if (page.entries.length === 0 && page.matching > 0) {
      wanted.current.offset = Math.floor((page.matching - 1) / PAGE_SIZE) * PAGE_SIZE;
      page = await (
        await library
      ).page({
        offset: wanted.current.offset,
        limit: PAGE_SIZE,
        filter: librarySearch(searched, uiLocale) ?? undefined,
      });
    }
    if (asked !== wanted.current.asked) return;
    setEntries(page.entries);
    setTotal(page.total);
    setMatching(page.matching);
    setOffset(wanted.current.offset);
    setDamaged(page.damaged);
    setUsageBytes(await usage());
  }, []);

  const searchTimer = useRef<ReturnType<typeof setTimeout>>();
  const search = (typed: string) => {
    setQuery(typed);
    wanted.current.query = typed;
    wanted.current.offset = 0;
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => void reload(), SEARCH_DELAY_MS);
  };

  const run = (task: (progress: (notice: Notice) => void) => Promise<Notice>) => {
    setBusy(true);
    setMessage(null);
    void task(setMessage)
      .then(setMessage)
      .finally(() => {
        setBusy(false);
        void reload();
      });
  };

  const [translation, setTranslation] = useState<TranslationSetting>(PREFS.translationProvider.fallback);
  const [alignWithTranslation, setAlignWithTranslation] = useState(PREFS.alignWithTranslation.fallback);

  useEffect(() => {
    void reload();
    void loadPrefs().then((prefs) => {
      setStoring(prefs.storeArticles);
      setTranslation(prefs.translationProvider);
      setAlignWithTranslation(prefs.alignWithTranslation);
    });
  }, [reload]);

  const props: LibraryManagerProps = {
    entries,
    total,
    matching,
    offset,
    pageSize: PAGE_SIZE,
    query,
    onSearch: search,
    onPage: (to) => {
      wanted.current.offset = to;
      void reload();
    },
    onRebuild: () => run(rebuildIndex),
    storing,
    usageBytes,
    t,
    uiLocale,
    onToggleStoring: (on) => {
      setStoring(on);
      void prefItems.storeArticles.setValue(on);
    },
    onDelete: (id) => void library.then((l) => l.delete(id)).then(reload),
    onClear: () => void library.then((l) => l.clear()).then(reload),
    damaged,
    message,
    busy,
    onExport: () => run(exportLibrary),
    onImport: (file) => run((progress) => importLibrary(file, progress)),
  };
  return (
    <>
      <LibraryManager {...props} />
      <div class="cp-settings" lang={uiLanguage(uiLocale)}>
        <TranslationSettings
          setting={translation}
          chromeAvailable={onDeviceTranslator}
          t={t}
          onSave={async (setting) => {
            await prefItems.translationProvider.setValue(setting);
            setTranslation(setting);
          }}
        />
        <AlignmentSettings
          on={alignWithTranslation}
          available={onDeviceTranslator}
          t={t}
          onToggle={(on) => {
            setAlignWithTranslation(on);
            void prefItems.alignWithTranslation.setValue(on);
          }}
        />
      </div>
    </>
  );
}

document.documentElement.lang = uiLanguage(uiLocale);
document.documentElement.dir = uiDirection(uiLocale);
render(<App />, document.getElementById('app')!);
