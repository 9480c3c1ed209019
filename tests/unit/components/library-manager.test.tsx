// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryManager, librarySearch, type LibraryManagerProps } from '../../../components/library-manager.tsx';
import { makeTranslator } from '../../../components/ui-strings.ts';

afterEach(cleanup);

/** A page as the library gives it: newest first. */
const entries: LibraryManagerProps['entries'] = [
  {
    id: 'b',
    url: 'https://news.example/ar/b',
    title: 'خبر جديد',
    lang: 'ar',
    published: null,
    siteName: null,
    savedAt: 1_800_000_000_000,
  },
  {
    id: 'a',
    url: 'https://news.example/en/a',
    title: 'Older story',
    lang: 'en',
    published: '2024-10-21',
    siteName: 'News',
    savedAt: 1_700_000_000_000,
  },
  {
    id: 'c',
    url: 'https://zeitung.example/c',
    title: 'Études über Brücken',
    lang: 'de',
    published: null,
    siteName: 'Die Zeitung',
    savedAt: 1_600_000_000_000,
  },
];

const shownIds = () => screen.queryAllByTestId('library-entry').map((li) => li.getAttribute('data-id'));

function renderManager(overrides: Partial<LibraryManagerProps> = {}) {
  const shown = overrides.entries ?? entries;
  const props: LibraryManagerProps = {
    entries,
    total: shown.length,
    matching: shown.length,
    offset: 0,
    pageSize: 100,
    query: '',
    onSearch: vi.fn(),
    onPage: vi.fn(),
    onRebuild: vi.fn(),
    storing: true,
    usageBytes: 3 * 1024 * 1024,
    t: makeTranslator('en'),
    uiLocale: 'en',
    onToggleStoring: vi.fn(),
    onDelete: vi.fn(),
    onClear: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  render(<LibraryManager {...props} />);
  return props;
}

describe('LibraryManager', () => {
  it('lists the entries newest first, titles in their own language and direction', () => {
    renderManager();
    const items = screen.getAllByTestId('library-entry');
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(['b', 'a', 'c']);
    const arabic = within(items[0]!).getByRole('link');
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('library-summary').textContent).toContain('3 articles');
    expect(screen.getByTestId('library-usage').textContent).toMatch(/3 MB/);
  });

  it('deletes one entry by id', () => {
    const props = renderManager();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Older story”' }));
    expect(props.onDelete).toHaveBeenCalledWith('a');
  });

  it('clears only after confirmation', () => {
    const props = renderManager();
    fireEvent.click(screen.getByTestId('library-clear'));
    expect(props.onClear).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('Delete all 3 articles');
    fireEvent.click(screen.getByTestId('library-clear-cancel'));
    expect(props.onClear).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByTestId('library-clear'));
    fireEvent.click(screen.getByTestId('library-clear-confirm'));
    expect(props.onClear).toHaveBeenCalledOnce();
  });

  it('toggles storing', () => {
    const props = renderManager({ storing: true });
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Store every article I read' });
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(props.onToggleStoring).toHaveBeenCalledWith(false);
  });

  it('says when the library is empty and offers no clear button', () => {
    renderManager({ entries: [], usageBytes: null });
    expect(screen.getByTestId('library-empty').textContent).toBe('Your library is empty.');
    expect(screen.queryByTestId('library-clear')).toBeNull();
    expect(screen.getByTestId('library-usage').textContent).toBe('Space used: unknown');
  });

  it('speaks German with a German translator', () => {
    renderManager({ t: makeTranslator('de-AT'), uiLocale: 'de-AT' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ihre Bibliothek');
    expect(screen.getByTestId('library-clear').textContent).toBe('Alle Artikel löschen');
  });

  it('opens an article in a new tab, without giving it a handle on this page', () => {
    renderManager();
    const link = screen.getByRole('link', { name: 'Open “Older story” in a new tab' });
    expect(link.getAttribute('href')).toBe('https://news.example/en/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
    expect(link.getAttribute('data-testid')).toBe('library-open');
  });

  it('searches by title, site and language, ignoring case and accents', () => {
    const found = (query: string, locale = 'en') => {
      const match = librarySearch(query, locale);
      return match ? entries.filter(match).map((e) => e.id) : null;
    };
    expect(found('etudes')).toEqual(['c']);
    expect(found('news')).toEqual(['b', 'a']);
    expect(found('zeitung')).toEqual(['c']);
    expect(found('Arabic')).toEqual(['b']);
    expect(found('arabe', 'fr')).toEqual(['b']);
    expect(found('en older')).toEqual(['a']);
    expect(found('nothing like this')).toEqual([]);
    expect(found('  ')).toBeNull();
  });

  it('hands the search typed to onSearch, and shows how many of all articles match', () => {
    const props = renderManager();
    fireEvent.input(screen.getByTestId('library-search'), { target: { value: 'etudes' } });
    expect(props.onSearch).toHaveBeenCalledWith('etudes');
    cleanup();
    renderManager({ query: 'etudes', entries: [entries[2]!], matching: 1, total: 3 });
    expect(shownIds()).toEqual(['c']);
    expect(screen.getByTestId('library-search-count').textContent).toBe('1 of 3 articles shown');
    cleanup();
    renderManager({ query: 'nothing like this', entries: [], matching: 0, total: 3 });
    expect(screen.getByTestId('library-search-none').textContent).toBe('No article matches “nothing like this”.');
    expect(screen.queryByTestId('library-empty')).toBeNull();
  });

  it('pages through 600 articles with exact counts, and offers to delete all 600 and the damaged ones', () => {
    const page = Array.from({ length: 100 }, (_, i) => ({ ...entries[1]!, id: `p${i}`, title: `Story ${i}` }));
    const props = renderManager({ entries: page, total: 600, matching: 600, offset: 500, damaged: 2 });
    expect(screen.getByTestId('library-summary').textContent).toContain('600 articles');
    expect(screen.getByTestId('library-page-range').textContent).toBe('Articles 501–600 of 600');
    expect(screen.getByTestId<HTMLButtonElement>('library-next').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('library-previous'));
    expect(props.onPage).toHaveBeenCalledWith(400);
    fireEvent.click(screen.getByTestId('library-clear'));
    expect(screen.getByRole('alertdialog').textContent).toContain('Delete all 602 articles');
    cleanup();
    const first = renderManager({ entries: page, total: 100_000, matching: 100_000, offset: 0 });
    expect(screen.getByTestId('library-page-range').textContent).toBe('Articles 1–100 of 100,000');
    expect(screen.getByTestId<HTMLButtonElement>('library-previous').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('library-next'));
    expect(first.onPage).toHaveBeenCalledWith(100);
    cleanup();
    renderManager();
    expect(screen.queryByTestId('library-page-range')).toBeNull();
  });

  it('never makes a link of an address that is not http(s)', () => {
    const hostile = [
      { ...entries[0]!, id: 'x', url: 'javascript:alert(document.domain)', title: 'Script' },
      { ...entries[0]!, id: 'y', url: 'data:text/html,<script>alert(1)</script>', title: 'Data' },
      { ...entries[0]!, id: 'z', url: 'https://news.example/z', title: 'Web' },
    ];
    renderManager({ entries: hostile });
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://news.example/z']);
    expect(screen.getAllByTestId('library-title').map((title) => title.textContent)).toEqual(['Script', 'Data']);
    expect(document.querySelector('[href^="javascript"], [href^="data"]')).toBeNull();
  });

  it('rebuilds the index on request', () => {
    const props = renderManager();
    fireEvent.click(screen.getByTestId('library-rebuild'));
    expect(props.onRebuild).toHaveBeenCalledOnce();
    cleanup();
    renderManager({ busy: true });
    expect(screen.getByTestId<HTMLButtonElement>('library-rebuild').disabled).toBe(true);
  });

  it('exports on request', () => {
    const props = renderManager();
    fireEvent.click(screen.getByRole('button', { name: 'Export library' }));
    expect(props.onExport).toHaveBeenCalledOnce();
  });

  it('hands the picked file to onImport', () => {
    const props = renderManager();
    const input = screen.getByLabelText<HTMLInputElement>('Import a library file');
    expect(input.getAttribute('data-testid')).toBe('library-import');
    const file = new File(['{}'], 'library.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it('shows the outcome of an import as a status, and a refusal as an alert', () => {
    renderManager({ message: { level: 'info', key: 'library.importDone', params: { imported: '2', skipped: '1' } } });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('2 imported, 1 skipped');
    expect(screen.getByTestId('library-message').textContent).toContain('2 imported, 1 skipped');
    expect(screen.getByRole('alert').textContent).toBe('');
    cleanup();
    renderManager({ message: { level: 'error', key: 'library.importNewer', params: { version: '3', current: '1' } } });
    expect(screen.getByRole('alert').textContent).toContain('newer version of Counterpart');
    expect(screen.getByTestId('library-message').getAttribute('data-level')).toBe('error');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('disables export and import while one is under way', () => {
    renderManager({ busy: true });
    expect(screen.getByTestId<HTMLButtonElement>('library-export').disabled).toBe(true);
    expect(screen.getByTestId<HTMLInputElement>('library-import').disabled).toBe(true);
  });

  it('says how many damaged entries there are', () => {
    renderManager({ damaged: 1 });
    expect(screen.getByTestId('library-damaged').textContent).toBe(
      '1 damaged entry in your library cannot be shown or used.',
    );
    cleanup();
    renderManager({ damaged: 4, t: makeTranslator('fr'), uiLocale: 'fr' });
    expect(screen.getByTestId('library-damaged').textContent).toContain('4 entrées endommagées');
    cleanup();
    renderManager();
    expect(screen.queryByTestId('library-damaged')).toBeNull();
  });
});
