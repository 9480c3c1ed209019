// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlignmentSettings } from '../../../components/alignment-settings.tsx';
import { makeTranslator } from '../../../components/ui-strings.ts';

afterEach(cleanup);

describe('AlignmentSettings', () => {
  it('toggles the translation signal where an on-device translator exists', () => {
    const onToggle = vi.fn();
    render(<AlignmentSettings on={false} available t={makeTranslator('en')} onToggle={onToggle} />);
    const box = screen.getByTestId<HTMLInputElement>('align-with-translation');
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith(true);
    expect(screen.getByText(/on-device translation/)).toBeTruthy();
  });

  it('is off and disabled where there is none (Firefox)', () => {
    render(<AlignmentSettings on available={false} t={makeTranslator('de')} onToggle={vi.fn()} />);
    const box = screen.getByTestId<HTMLInputElement>('align-with-translation');
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    expect(screen.getByText('Satzzuordnung')).toBeTruthy();
  });
});
