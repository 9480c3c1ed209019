/** Options page: the local library (list, delete, clear) and whether articles are stored. */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryManager, type LibraryManagerProps } from '../../components/library-manager.tsx';
import { textDirection } from '../../components/text-direction.ts';
import { makeTranslator, uiLanguage } from '../../components/ui-strings.ts';
import { LibraryStorage, type LibrarySummary } from '../../utils/library-storage-idb.ts';
import { PREF_KEYS } from '../background/prefs.ts';

const uiLocale = browser.i18n.getUILanguage() || navigator.language || 'en';
const library = LibraryStorage.open();

async function usage(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return estimate?.usage ?? null;
}

function App() {
  const t = useMemo(() => makeTranslator(uiLocale), []);
  const [entries, setEntries] = useState<LibrarySummary[]>([]);
  const [storing, setStoring] = useState(true);
  const [usageBytes, setUsageBytes] = useState<number | null>(null);

  const reload = useCallback(async () => {
    setEntries(await (await library).list());
    setUsageBytes(await usage());
  }, []);

  useEffect(() => {
    void reload();
    void browser.storage.local.get(PREF_KEYS.storeArticles).then((s) => setStoring(s[PREF_KEYS.storeArticles] !== false));
  }, [reload]);

  const props: LibraryManagerProps = {
    entries,
    storing,
    usageBytes,
    t,
    uiLocale,
    onToggleStoring: (on) => {
      setStoring(on);
      void browser.storage.local.set({ [PREF_KEYS.storeArticles]: on });
    },
    onDelete: (id) => void library.then((l) => l.delete(id)).then(reload),
    onClear: () => void library.then((l) => l.clear()).then(reload),
  };
  return <LibraryManager {...props} />;
}

document.documentElement.lang = uiLanguage(uiLocale);
document.documentElement.dir = textDirection(uiLanguage(uiLocale));
render(<App />, document.getElementById('app')!);
