import type { LangCode } from '../utils/types.ts';
import { languageName, type Translate } from './ui-strings.ts';

export interface LanguagePickerProps {
  /** Languages to choose from, those with a known counterpart first. */
  languages: LangCode[];
  /** Languages with a counterpart known to be available: grouped first and marked. */
  available: LangCode[];
  value: LangCode | undefined;
  t: Translate;
  uiLocale: string;
  onChoose(lang: LangCode): void;
}

/** The counterpart language: a labelled native select, available languages in their own group. */
export function LanguagePicker({ languages, available, value, t, uiLocale, onChoose }: LanguagePickerProps) {
  const all = value && !languages.includes(value) ? [value, ...languages] : languages;
  const withCounterpart = all.filter((lang) => available.includes(lang));
  const others = all.filter((lang) => !available.includes(lang));
  const option = (lang: LangCode) => (
    <option key={lang} value={lang} data-available={available.includes(lang) ? '' : undefined}>
      {available.includes(lang) ? `${languageName(lang, uiLocale)} ✓` : languageName(lang, uiLocale)}
    </option>
  );
  return (
    <label class="cp-picker">
      <span class="cp-visually-hidden">{t('reader.chooseLanguage')}</span>
      <select
        class="cp-picker-select"
        data-testid="language-picker"
        value={value ?? ''}
        onChange={(event) => onChoose(event.currentTarget.value)}
      >
        {!value && <option value="" disabled />}
        {withCounterpart.length > 0 ? (
          <>
            <optgroup label={t('reader.languagesAvailable')}>{withCounterpart.map(option)}</optgroup>
            {others.length > 0 && <optgroup label={t('reader.languagesOther')}>{others.map(option)}</optgroup>}
          </>
        ) : (
          others.map(option)
        )}
      </select>
    </label>
  );
}
