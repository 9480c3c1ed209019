// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Reader, type ReaderProps } from '../../../components/reader.tsx';
import { makeTranslator } from '../../../components/ui-strings.ts';
import type { PanelStatus, TabView } from '../../../utils/types.ts';
import { pageOnlyView, readyView } from './fixtures.ts';

afterEach(cleanup);

function renderReader(view: TabView, overrides: Partial<ReaderProps> = {}) {
  const props: ReaderProps = {
    view,
    t: makeTranslator('en'),
    uiLocale: 'en',
    onChooseLanguage: vi.fn(),
    onPaste: vi.fn(),
    onLocate: vi.fn(),
    onRetry: vi.fn(),
    onTranslate: vi.fn(),
    ...overrides,
  };
  const result = render(<Reader {...props} />);
  return { ...result, props };
}

const rows = () => screen.queryAllByTestId('pair-row');
const cell = (row: HTMLElement, side: 'page' | 'counterpart') => {
  const found = row.querySelector<HTMLElement>(`[data-side=${side}]`);
  if (!found) throw new Error(`no ${side} cell`);
  return found;
};

describe('Reader status', () => {
  const states: PanelStatus[] = ['no-article', 'searching', 'ready', 'no-counterpart', 'error'];
  it.each(states)('shows status %s with a message, politely live', (status) => {
    const view =
      status === 'ready'
        ? readyView()
        : status === 'no-article'
          ? { ...pageOnlyView(status), page: undefined }
          : pageOnlyView(status);
    renderReader(view);
    const el = screen.getByTestId('status');
    expect(el.getAttribute('data-state')).toBe(status);
    expect(el.getAttribute('aria-live')).toBe('polite');
    expect(el.textContent?.trim().length).toBeGreaterThan(10);
  });

  it('speaks, names languages and sets lang/dir in the language of its strings', () => {
    const { container } = renderReader(readyView(), { t: makeTranslator('ar'), uiLocale: 'ar' });
    const root = container.firstElementChild!;
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(screen.getByText('English')).toBeTruthy();
  });

  it('shows the German status message with a German translator', () => {
    renderReader(pageOnlyView('searching'), { t: makeTranslator('de-DE'), uiLocale: 'de-DE' });
    expect(screen.getByTestId('status').textContent).toContain('Suche nach einer Fassung');
  });

  it('offers a retry button on error', () => {
    const { props } = renderReader(pageOnlyView('error'));
    fireEvent.click(screen.getByTestId('retry'));
    expect(props.onRetry).toHaveBeenCalledOnce();
  });
});

describe('Reader pairs', () => {
  it('renders one pair-row per bead, in order, with the sentences of each side joined by a space', () => {
    renderReader(readyView());
    const all = rows();
    expect(all).toHaveLength(4);
    expect(cell(all[1]!, 'page').textContent).toBe('Ministers met on Monday.');
    expect(cell(all[1]!, 'counterpart').textContent).toBe('Die Minister trafen sich am Montag.');
    expect(cell(all[2]!, 'page').textContent).toBe('They agreed. It rained.');
    expect(cell(all[2]!, 'counterpart').textContent).toBe('Sie einigten sich. Es regnete.');
  });

  it('marks a 1-0 bead missing on the counterpart side, visibly and in words', () => {
    renderReader(readyView());
    const lead = rows()[0]!;
    const missing = cell(lead, 'counterpart');
    expect(missing.hasAttribute('data-missing')).toBe(true);
    expect(missing.textContent).toBe('Not in the German version');
    expect(cell(lead, 'page').hasAttribute('data-missing')).toBe(false);
    expect(cell(lead, 'page').textContent).toBe('The lead sentence.');
  });

  it('marks a 0-1 bead missing on the page side', () => {
    renderReader(readyView());
    const added = rows()[3]!;
    expect(cell(added, 'page').hasAttribute('data-missing')).toBe(true);
    expect(cell(added, 'page').textContent).toBe('Not in the English version');
    expect(cell(added, 'counterpart').hasAttribute('data-missing')).toBe(false);
  });

  it('marks the missing side in German for a German UI', () => {
    renderReader(readyView(), { t: makeTranslator('de'), uiLocale: 'de' });
    expect(cell(rows()[0]!, 'counterpart').textContent).toBe('Fehlt in der Fassung auf Deutsch');
  });

  it('flags a low-confidence bead and only that one', () => {
    renderReader(readyView());
    const [, sure, unsure] = rows();
    expect(unsure!.hasAttribute('data-uncertain')).toBe(true);
    expect(unsure!.textContent).toContain('Uncertain match');
    expect(sure!.hasAttribute('data-uncertain')).toBe(false);
  });

  it('gives each cell the lang and dir of its text; an Arabic counterpart is right to left', () => {
    const base = readyView();
    const view = readyView({
      counterpart: {
        ...base.counterpart!,
        lang: 'ar',
        dir: 'ltr',
        sentences: ['اجتمع الوزراء.', 'اتفقوا.', 'أمطرت.', 'إضافة.'],
      },
      targetLang: 'ar',
    });
    renderReader(view);
    for (const row of rows()) {
      expect(cell(row, 'page').getAttribute('lang')).toBe('en');
      expect(cell(row, 'page').getAttribute('dir')).toBe('ltr');
      expect(cell(row, 'counterpart').getAttribute('lang')).toBe('ar');
      expect(cell(row, 'counterpart').getAttribute('dir')).toBe('rtl');
    }
    expect(screen.getByTestId('lang-counterpart').textContent).toBe('ar');
  });

  it('shows both languages as bare codes with their names beside them', () => {
    renderReader(readyView());
    expect(screen.getByTestId('lang-page').textContent).toBe('en');
    expect(screen.getByTestId('lang-counterpart').textContent).toBe('de');
    expect(screen.getByText('English')).toBeTruthy();
  });

  it('shows no pair-rows but the page sentences when there is no alignment', () => {
    for (const status of ['searching', 'no-counterpart', 'error'] as const) {
      renderReader(pageOnlyView(status));
      expect(rows()).toHaveLength(0);
      expect(screen.getByText('Ministers met on Monday.')).toBeTruthy();
      cleanup();
    }
  });
});

describe('Reader source', () => {
  it.each(['alternate', 'library', 'pasted', 'translation'] as const)(
    'shows source %s as a bare code with a label',
    (source) => {
      const base = readyView();
      renderReader(readyView({ counterpart: { ...base.counterpart!, source } }));
      const el = screen.getByTestId('counterpart-source');
      expect(el.textContent).toBe(source);
      expect(el.parentElement!.textContent.length).toBeGreaterThan(source.length + 5);
    },
  );

  it('labels a machine translation unmistakably', () => {
    const base = readyView();
    renderReader(readyView({ counterpart: { ...base.counterpart!, source: 'translation' } }));
    expect(screen.getByTestId('counterpart-source').parentElement!.textContent).toContain(
      'Machine translation, not a human translation',
    );
  });
});

describe('Reader paste form', () => {
  it.each(['no-counterpart', 'error'] as const)('is offered when %s', (status) => {
    renderReader(pageOnlyView(status));
    expect(screen.getByTestId('counterpart-input').tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('counterpart-submit').tagName).toBe('BUTTON');
  });

  it('is offered, secondary, when ready', () => {
    renderReader(readyView());
    expect(screen.getByTestId('counterpart-input').closest('form')!.className).toContain('secondary');
  });

  it.each(['no-article', 'searching'] as const)('is not offered when %s', (status) => {
    renderReader(pageOnlyView(status));
    expect(screen.queryByTestId('counterpart-input')).toBeNull();
  });

  it('refuses an empty paste with an inline message and no callback', () => {
    const { props } = renderReader(pageOnlyView('no-counterpart'));
    fireEvent.input(screen.getByTestId('counterpart-input'), { target: { value: '   \n ' } });
    fireEvent.click(screen.getByTestId('counterpart-submit'));
    expect(props.onPaste).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Paste the text of the other version first.');
  });

  it('passes pasted text to onPaste', () => {
    const { props } = renderReader(pageOnlyView('no-counterpart'));
    fireEvent.input(screen.getByTestId('counterpart-input'), { target: { value: 'Die Minister trafen sich.\n' } });
    fireEvent.click(screen.getByTestId('counterpart-submit'));
    expect(props.onPaste).toHaveBeenCalledWith('Die Minister trafen sich.');
  });
});

describe('Reader highlight and locate', () => {
  it('highlights both cells of a hovered row, and only that row', () => {
    renderReader(readyView());
    const row = rows()[1]!;
    fireEvent.mouseOver(cell(row, 'counterpart'));
    expect(cell(row, 'page').classList.contains('is-highlighted')).toBe(true);
    expect(cell(row, 'counterpart').classList.contains('is-highlighted')).toBe(true);
    expect(cell(rows()[2]!, 'page').classList.contains('is-highlighted')).toBe(false);
    fireEvent.mouseLeave(row.parentElement!);
    expect(cell(rows()[1]!, 'page').classList.contains('is-highlighted')).toBe(false);
  });

  it('highlights the row of a focused sentence and describes it by its counterpart', async () => {
    renderReader(readyView());
    const button = within(rows()[1]!).getByRole('button', { name: /Ministers met/ });
    await act(() => button.focus());
    const row = rows()[1]!;
    expect(row.hasAttribute('data-highlighted')).toBe(true);
    expect(cell(row, 'counterpart').classList.contains('is-highlighted')).toBe(true);
    expect(button.getAttribute('aria-describedby')).toContain(cell(row, 'counterpart').id);
  });

  it('calls onLocate with the page sentence index on click and on Enter', () => {
    const { props } = renderReader(readyView());
    fireEvent.click(screen.getByRole('button', { name: /It rained/ }));
    expect(props.onLocate).toHaveBeenLastCalledWith(3);
    fireEvent.keyDown(screen.getByRole('button', { name: /Ministers met/ }), { key: 'Enter' });
    expect(props.onLocate).toHaveBeenLastCalledWith(1);
    expect(props.onLocate).toHaveBeenCalledTimes(2);
  });

  it('locates page sentences from the page-only list too', () => {
    const { props } = renderReader(pageOnlyView('no-counterpart'));
    fireEvent.click(screen.getByRole('button', { name: 'They agreed.' }));
    expect(props.onLocate).toHaveBeenCalledWith(2);
  });
});

describe('Reader keyboard', () => {
  it('has one tab stop in the list and moves with the arrow keys', () => {
    renderReader(readyView());
    const list = rows()[0]!.parentElement!;
    const stops = list.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as HTMLElement;
    expect(first.textContent).toBe('The lead sentence.');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Ministers met on Monday.');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Die Minister trafen sich am Montag.');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Sie einigten sich. Es regnete.');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Ein Zusatz.');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('Not in the German version');
    // The roving tab stop follows the focus.
    expect(list.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(list.querySelector('[tabindex="0"]')).toBe(document.activeElement);
  });
});

describe('Reader study mode', () => {
  it('keeps exactly one tab stop while a side is hidden, and the arrows reach the reveal buttons', async () => {
    renderReader(readyView());
    fireEvent.click(screen.getByRole('button', { name: 'Hide English' }));
    const list = rows()[0]!.parentElement!;
    expect(list.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    const lead = list.querySelector<HTMLElement>('[tabindex="0"]')!;
    expect(lead.textContent).toBe('Show');
    await act(() => lead.focus());
    fireEvent.keyDown(lead, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Not in the German version');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Die Minister trafen sich am Montag.');
    expect(list.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('hides one side behind reveal buttons and shows it again', () => {
    renderReader(readyView());
    const toggle = screen.getByRole('button', { name: 'Hide German' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const row = rows()[1]!;
    expect(cell(row, 'counterpart').hasAttribute('data-hidden')).toBe(true);
    expect(cell(row, 'counterpart').textContent).not.toContain('Montag');
    // Both cells stay in the DOM, the missing side is still shown as missing.
    expect(cell(rows()[0]!, 'counterpart').hasAttribute('data-missing')).toBe(true);
    // Reveal one sentence.
    fireEvent.click(within(row).getByRole('button', { name: 'Show this German sentence' }));
    expect(cell(rows()[1]!, 'counterpart').textContent).toBe('Die Minister trafen sich am Montag.');
    expect(cell(rows()[2]!, 'counterpart').hasAttribute('data-hidden')).toBe(true);
    fireEvent.click(toggle);
    expect(cell(rows()[2]!, 'counterpart').textContent).toBe('Sie einigten sich. Es regnete.');
  });

  it('can hide the page side instead', () => {
    renderReader(readyView());
    fireEvent.click(screen.getByRole('button', { name: 'Hide English' }));
    expect(cell(rows()[1]!, 'page').hasAttribute('data-hidden')).toBe(true);
    expect(cell(rows()[1]!, 'counterpart').hasAttribute('data-hidden')).toBe(false);
  });
});

describe('Reader language picker and notices', () => {
  it('lists the languages, marks the available ones and reports a choice', () => {
    const { props } = renderReader(readyView());
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language of the other version' });
    expect(select.value).toBe('de');
    const german = Array.from(select.options).find((o) => o.value === 'de')!;
    expect(german.hasAttribute('data-available')).toBe(true);
    expect(german.parentElement!.tagName).toBe('OPTGROUP');
    expect(
      Array.from(select.options)
        .find((o) => o.value === 'fr')!
        .hasAttribute('data-available'),
    ).toBe(false);
    fireEvent.change(select, { target: { value: 'fr' } });
    expect(props.onChooseLanguage).toHaveBeenCalledWith('fr');
  });

  it('offers the picker even before a language is chosen', () => {
    const { props } = renderReader({ ...pageOnlyView('no-counterpart'), targetLang: undefined });
    expect(screen.queryByTestId('lang-counterpart')).toBeNull();
    const select = screen.getByRole('combobox', { name: 'Language of the other version' });
    fireEvent.change(select, { target: { value: 'fr' } });
    expect(props.onChooseLanguage).toHaveBeenCalledWith('fr');
  });

  it('translates notices with their parameters, language codes as names, errors as alerts', () => {
    const view: TabView = {
      ...pageOnlyView('error'),
      notices: [
        {
          level: 'error',
          key: 'notice.alternateWrongLanguage',
          params: { url: 'https://x.example/de', expected: 'de', found: 'fr' },
        },
        { level: 'info', key: 'notice.libraryMatch', params: { title: 'Gipfel' } },
      ],
    };
    renderReader(view, { t: makeTranslator('de'), uiLocale: 'de' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'Die andere Ausgabe unter https://x.example/de ist auf Französisch, nicht auf Deutsch.',
    );
    expect(screen.getByText('In Ihrer Bibliothek gefunden: „Gipfel“.')).toBeTruthy();
  });

  it('offers a machine translation only when one is set up and no human counterpart was found', () => {
    const noCounterpart: TabView = { ...pageOnlyView('no-counterpart'), offerTranslation: 'service' };
    const { props } = renderReader(noCounterpart);
    fireEvent.click(screen.getByTestId('machine-translate'));
    expect(props.onTranslate).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/sent to the translation service/)).toBeTruthy();
    cleanup();
    renderReader(pageOnlyView('no-counterpart'));
    expect(screen.queryByTestId('machine-translate')).toBeNull();
  });
});
