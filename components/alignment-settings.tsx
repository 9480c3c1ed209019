import type { JSX } from 'preact';
import type { Translate } from './ui-strings.ts';

export interface AlignmentSettingsProps {
  /** Whether the alignment uses the on-device translation signal (off by default). */
  on: boolean;
  /** Whether this browser has an on-device translator at all. */
  available: boolean;
  t: Translate;
  onToggle(on: boolean): void;
}

/** The options page's alignment setting: Chrome's on-device translation as an extra signal. */
export function AlignmentSettings({ on, available, t, onToggle }: AlignmentSettingsProps): JSX.Element {
  return (
    <section class="cp-settings-section" aria-labelledby="cp-alignment-heading">
      <h2 id="cp-alignment-heading">{t('options.alignmentHeading')}</h2>
      <label class="cp-checkbox">
        <input
          type="checkbox"
          data-testid="align-with-translation"
          checked={on && available}
          disabled={!available}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />{' '}
        {t('options.alignWithTranslation')}
      </label>
    </section>
  );
}
