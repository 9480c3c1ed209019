// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryManager, type LibraryManagerProps } from '../../../components/library-manager';
import { makeTranslator } from '../../../components/ui-strings';

afterEach(cleanup);

const entries: LibraryManagerProps['entries'] = [
  { id: 'a', url: 'https://news.example/en/a', title: 'Older story', lang: 'en', published: '2024-10-21', siteName: 'News', savedAt: 1_700_000_000_000 },
  { id: 'b', url: 'https://news.example/ar/b', title: 'خبر جديد', lang: 'ar', published: null, siteName: null, savedAt: 1_800_000_000_000 },
  { id: 'c', url: 'https://zeitung.example/c', title: 'Études über Brücken', lang: 'de', published: null, siteName: 'Die Zeitung', savedAt: 1_600_000_000_000 },
];

const shownIds = () => screen.queryAllByTestId('library-entry').map((li) => li.getAttribute('data-id'));
const searchFor = (query: string) => fireEvent.input(screen.getByTestId('library-search'), { target: { value: query } });

function renderManager(overrides: Partial<LibraryManagerProps> = {}) {
  const props: LibraryManagerProps = {
    entries,
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
    renderManager();
    searchFor('etudes');
    expect(shownIds()).toEqual(['c']);
    expect(screen.getByTestId('library-search-count').textContent).toBe('1 of 3 articles shown');
    searchFor('news');
    expect(shownIds()).toEqual(['b', 'a']);
    searchFor('zeitung');
    expect(shownIds()).toEqual(['c']);
    searchFor('Arabic');
    expect(shownIds()).toEqual(['b']);
    searchFor('en older');
    expect(shownIds()).toEqual(['a']);
    searchFor('nothing like this');
    expect(shownIds()).toEqual([]);
    expect(screen.getByTestId('library-search-none').textContent).toBe('No article matches “nothing like this”.');
    expect(screen.queryByTestId('library-empty')).toBeNull();
    searchFor('  ');
    expect(shownIds()).toEqual(['b', 'a', 'c']);
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
    expect(screen.getByTestId('library-damaged').textContent).toBe('1 damaged entry in your library cannot be shown or used.');
    cleanup();
    renderManager({ damaged: 4, t: makeTranslator('fr'), uiLocale: 'fr' });
    expect(screen.getByTestId('library-damaged').textContent).toContain('4 entrées endommagées');
    cleanup();
    renderManager();
    expect(screen.queryByTestId('library-damaged')).toBeNull();
  });
});
