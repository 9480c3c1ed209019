// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslationSettings, type TranslationSettingsProps } from '../../../components/translation-settings.tsx';
import { makeTranslator } from '../../../components/ui-strings.ts';

afterEach(cleanup);

function renderSettings(overrides: Partial<TranslationSettingsProps> = {}) {
  const props: TranslationSettingsProps = {
    setting: { kind: 'none' },
    chromeAvailable: true,
    t: makeTranslator('en'),
    onSave: vi.fn(),
    ...overrides,
  };
  const view = render(<TranslationSettings {...props} />);
  return { props, view };
}

const select = () => screen.getByTestId<HTMLSelectElement>('translation-provider');
const choose = (kind: string) => fireEvent.change(select(), { target: { value: kind } });
const save = () => fireEvent.click(screen.getByTestId('translation-save'));

describe('TranslationSettings', () => {
  it('is off by default and says when text leaves the computer', () => {
    renderSettings();
    expect(select().value).toBe('none');
    const intro = screen.getByText(/Off by default/);
    expect(intro.textContent).toContain(
      'only when no human translation was found and you ask for a machine translation',
    );
    expect(screen.getByRole('combobox', { name: 'Translation service' })).toBe(select());
    expect(screen.queryByTestId('translation-deepl-key')).toBeNull();
    expect(screen.queryByTestId('translation-libre-url')).toBeNull();
  });

  it('saves a DeepL key from a password field that the browser does not autofill', async () => {
    const { props } = renderSettings();
    choose('deepl');
    const key = screen.getByLabelText<HTMLInputElement>('DeepL API key');
    expect(key).toBe(screen.getByTestId('translation-deepl-key'));
    expect(key.type).toBe('password');
    expect(key.getAttribute('autocomplete')).toBe('off');
    fireEvent.input(key, { target: { value: '  abc-123:fx ' } });
    save();
    await waitFor(() => expect(screen.getByTestId('translation-saved').textContent).toBe('Saved.'));
    expect(props.onSave).toHaveBeenCalledWith({ kind: 'deepl', apiKey: 'abc-123:fx' });
  });

  it('refuses an empty DeepL key with a message tied to the field', () => {
    const { props } = renderSettings();
    choose('deepl');
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Enter your DeepL API key.');
    const key = screen.getByTestId('translation-deepl-key');
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(key.getAttribute('aria-describedby')).toContain(alert.id);
  });

  it('saves a LibreTranslate server, normalised, with an optional key', async () => {
    const { props } = renderSettings();
    choose('libretranslate');
    fireEvent.input(screen.getByTestId('translation-libre-url'), { target: { value: 'https://lt.example.org/' } });
    save();
    await waitFor(() =>
      expect(props.onSave).toHaveBeenCalledWith({ kind: 'libretranslate', url: 'https://lt.example.org' }),
    );
    fireEvent.input(screen.getByTestId('translation-libre-key'), { target: { value: 'k-1' } });
    expect(screen.getByTestId('translation-saved').textContent).toBe('');
    save();
    await waitFor(() =>
      expect(props.onSave).toHaveBeenLastCalledWith({
        kind: 'libretranslate',
        url: 'https://lt.example.org',
        apiKey: 'k-1',
      }),
    );
  });

  it('refuses a server address that is not http(s)', () => {
    const { props } = renderSettings();
    choose('libretranslate');
    for (const bad of ['javascript:alert(1)', 'lt.example.org', 'ftp://lt.example.org']) {
      fireEvent.input(screen.getByTestId('translation-libre-url'), { target: { value: bad } });
      save();
      expect(screen.getByRole('alert').textContent).toContain('http://');
    }
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('offers the on-device translator only where the browser has one', async () => {
    renderSettings({ chromeAvailable: false });
    const option = screen.getByRole<HTMLOptionElement>('option', { name: /On this device/ });
    expect(option.disabled).toBe(true);
    expect(option.textContent).toContain('not available');
    cleanup();
    const { props } = renderSettings({ chromeAvailable: true });
    choose('chrome');
    expect(screen.getByText(/stays on this computer/)).toBeTruthy();
    save();
    await waitFor(() => expect(props.onSave).toHaveBeenCalledWith({ kind: 'chrome' }));
  });

  it('shows the stored setting, and a new one when it changes', () => {
    const { props, view } = renderSettings({ setting: { kind: 'deepl', apiKey: 'stored:fx' } });
    expect(select().value).toBe('deepl');
    expect(screen.getByTestId<HTMLInputElement>('translation-deepl-key').value).toBe('stored:fx');
    view.rerender(
      <TranslationSettings {...props} setting={{ kind: 'libretranslate', url: 'http://127.0.0.1:5000' }} />,
    );
    expect(select().value).toBe('libretranslate');
    expect(screen.getByTestId<HTMLInputElement>('translation-libre-url').value).toBe('http://127.0.0.1:5000');
  });

  it('does not claim "Saved." when saving failed', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('storage'));
    renderSettings({ onSave });
    choose('chrome');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(screen.getByTestId('translation-saved').textContent).toBe('');
  });

  it('refuses an http:// server of another computer, saying why, and accepts one on this computer', async () => {
    const { props } = renderSettings();
    choose('libretranslate');
    const url = screen.getByTestId('translation-libre-url');
    for (const insecure of ['http://lt.example.org', 'http://192.168.1.20:5000/', 'http://[::ffff:127.0.0.1]']) {
      fireEvent.input(url, { target: { value: insecure } });
      save();
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('unencrypted');
      expect(alert.textContent).toContain('https://');
      expect(url.getAttribute('aria-invalid')).toBe('true');
      expect(url.getAttribute('aria-describedby')).toContain(alert.id);
    }
    expect(props.onSave).not.toHaveBeenCalled();
    for (const local of ['http://localhost:5000', 'http://127.0.0.1:5000', 'http://[::1]:5000']) {
      fireEvent.input(url, { target: { value: local } });
      save();
      await waitFor(() => expect(props.onSave).toHaveBeenLastCalledWith({ kind: 'libretranslate', url: local }));
    }
  });

  it('shows a stored http:// server of another computer as kept but not used, and why', () => {
    const { props, view } = renderSettings({
      setting: { kind: 'libretranslate', url: 'http://lt.example.org', apiKey: 'k' },
    });
    const warning = screen.getByTestId('translation-insecure');
    expect(warning.textContent).toContain('http://lt.example.org');
    expect(warning.textContent).toContain('is not used');
    expect(warning.textContent).toContain('unencrypted');
    const url = screen.getByTestId<HTMLInputElement>('translation-libre-url');
    expect(url.value).toBe('http://lt.example.org');
    expect(url.getAttribute('aria-describedby')).toContain(warning.id);
    expect(screen.getByTestId<HTMLInputElement>('translation-libre-key').value).toBe('k');
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    view.rerender(
      <TranslationSettings
        {...props}
        setting={{ kind: 'libretranslate', url: 'https://lt.example.org', apiKey: 'k' }}
      />,
    );
    expect(screen.queryByTestId('translation-insecure')).toBeNull();
  });

  it('says so when the setting could not be saved', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('storage'));
    renderSettings({ onSave });
    choose('deepl');
    fireEvent.input(screen.getByTestId('translation-deepl-key'), { target: { value: 'k:fx' } });
    save();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The setting could not be saved; the previous one is kept. Try again.',
      ),
    );
  });

  it('speaks German and French', () => {
    renderSettings({ t: makeTranslator('de') });
    expect(screen.getByText('Maschinelle Übersetzung')).toBeTruthy();
    cleanup();
    renderSettings({ t: makeTranslator('fr') });
    expect(screen.getByText('Traduction automatique')).toBeTruthy();
  });
});
