import type { PanelStatus } from '../utils/types.ts';
import type { Translate, UiKey } from './ui-strings.ts';

const MESSAGE_KEYS: Record<PanelStatus, UiKey> = {
  'no-article': 'status.noArticle',
  searching: 'status.searching',
  ready: 'status.ready',
  'no-counterpart': 'status.noCounterpart',
  error: 'status.error',
};

export interface StatusBarProps {
  status: PanelStatus;
  t: Translate;
}

/** `[data-testid=status]`: the panel's state, always present, announced politely. */
export function StatusBar({ status, t }: StatusBarProps) {
  return (
    <div
      class={`cp-status cp-status--${status}`}
      data-testid="status"
      data-state={status}
      role="status"
      aria-live="polite"
    >
      <span class="cp-status-icon" aria-hidden="true" />
      <span class="cp-status-text">{t(MESSAGE_KEYS[status])}</span>
    </div>
  );
}
