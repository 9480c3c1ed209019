/**
 * Options page: the local library (list, search, open, delete, clear, export, import) and
 * whether articles are stored. The file download and the file reading are done here.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AlignmentSettings } from '../../components/alignment-settings.tsx';
import { LibraryManager, type LibraryManagerProps } from '../../components/library-manager.tsx';
import { TranslationSettings } from '../../components/translation-settings.tsx';
import { makeTranslator, uiDirection, uiLanguage } from '../../components/ui-strings.ts';
import { buildLibraryExport, parseLibraryImport } from '../../utils/library/library-export.ts';
import { LibraryStorage, type LibrarySummary } from '../../utils/library/storage-idb.ts';
import { isQuotaExceeded } from '../../utils/library/quota-error.ts';
import type { Notice } from '../../utils/types.ts';
import { chromeTranslatorApi } from '../../utils/translation/chrome-translator-glue.ts';
import type { TranslationSetting } from '../../utils/translation/translation-setting.ts';
import { PREFS } from '../../utils/prefs/prefs.ts';
import { loadPrefs, prefItems } from '../../utils/prefs/prefs-glue.ts';

/** Chrome's on-device Translator, in this browser (never in Firefox). */
const onDeviceTranslator = !import.meta.env.FIREFOX && chromeTranslatorApi() !== null;

const uiLocale = browser.i18n.getUILanguage() || navigator.language || 'en';
const library = LibraryStorage.open();

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

async function exportLibrary(): Promise<Notice> {
  try {
    const articles = await (await library).exportAll();
    const now = new Date();
    download(JSON.stringify(buildLibraryExport(articles, now)), `counterpart-library-${now.toISOString().slice(0, 10)}.json`);
    return { level: 'info', key: 'library.exported', params: { count: String(articles.length) } };
  } catch {
    return { level: 'error', key: 'library.exportFailed' };
  }
}

async function importLibrary(file: File): Promise<Notice> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { level: 'error', key: 'library.importFailed' };
  }
  const parsed = parseLibraryImport(text);
  if (!parsed.ok) return parsed.problem;
  try {
    const { imported, skipped } = await (await library).importEntries(parsed.articles);
    return { level: 'info', key: 'library.importDone', params: { imported: String(imported), skipped: String(skipped + parsed.duplicates) } };
  } catch (error) {
    return { level: 'error', key: isQuotaExceeded(error) ? 'library.importQuota' : 'library.importFailed' };
  }
}

function App() {
  const t = useMemo(() => makeTranslator(uiLocale), []);
  const [entries, setEntries] = useState<LibrarySummary[]>([]);
  const [storing, setStoring] = useState(PREFS.storeArticles.fallback);
  const [usageBytes, setUsageBytes] = useState<number | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [message, setMessage] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const listed = await (await library).list();
    setEntries(listed.entries);
    setDamaged(listed.damaged);
    setUsageBytes(await usage());
  }, []);

  const run = (task: () => Promise<Notice>) => {
    setBusy(true);
    setMessage(null);
    void task()
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
    onImport: (file) => run(() => importLibrary(file)),
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
