// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryManager, type LibraryManagerProps } from '../../../components/library-manager';
import { makeTranslator } from '../../../components/ui-strings';

afterEach(cleanup);

const entries: LibraryManagerProps['entries'] = [
  { id: 'a', url: 'https://news.example/en/a', title: 'Older story', lang: 'en', published: '2024-10-21', siteName: 'News', savedAt: 1_700_000_000_000 },
  { id: 'b', url: 'https://news.example/ar/b', title: 'خبر جديد', lang: 'ar', published: null, siteName: null, savedAt: 1_800_000_000_000 },
];

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
    ...overrides,
  };
  render(<LibraryManager {...props} />);
  return props;
}

describe('LibraryManager', () => {
  it('lists the entries newest first, titles in their own language and direction', () => {
    renderManager();
    const items = screen.getAllByTestId('library-entry');
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(['b', 'a']);
    const arabic = within(items[0]!).getByRole('link');
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('library-summary').textContent).toContain('2 articles');
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
    expect(screen.getByRole('alertdialog').textContent).toContain('Delete all 2 articles');
    fireEvent.click(screen.getByTestId('library-clear-cancel'));
    expect(props.onClear).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByTestId('library-clear'));
    fireEvent.click(screen.getByTestId('library-clear-confirm'));
    expect(props.onClear).toHaveBeenCalledOnce();
  });

  it('toggles storing', () => {
    const props = renderManager({ storing: true });
    const box = screen.getByRole('checkbox', { name: 'Store every article I read' }) as HTMLInputElement;
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
});
