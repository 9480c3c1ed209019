import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import {
  normalizeServerUrl,
  validateTranslationSetting,
  type TranslationSetting,
} from '../utils/translation-providers';
import type { Translate } from './ui-strings';

export interface TranslationSettingsProps {
  /** The stored setting (`{ kind: 'none' }` by default). */
  setting: TranslationSetting;
  /** Whether this browser has Chrome's on-device Translator API. */
  chromeAvailable: boolean;
  t: Translate;
  /** Called with a checked, normalised setting; the "Saved." status shows once it resolves. */
  onSave(setting: TranslationSetting): void | Promise<void>;
}

type Kind = TranslationSetting['kind'];
type FieldError = 'deeplKey' | 'libreUrl' | 'libreKey' | null;

function fieldsOf(setting: TranslationSetting) {
  return {
    kind: setting.kind,
    deeplKey: setting.kind === 'deepl' ? setting.apiKey : '',
    libreUrl: setting.kind === 'libretranslate' ? setting.url : '',
    libreKey: setting.kind === 'libretranslate' ? (setting.apiKey ?? '') : '',
  };
}

/**
 * The options page's machine-translation section: off by default; on-device (Chrome),
 * DeepL with the user's key, or a LibreTranslate server. Explains that text leaves the
 * computer only when the user asks for a machine translation. Presentational: the setting
 * comes in, the checked new one goes out through `onSave`.
 */
export function TranslationSettings(props: TranslationSettingsProps): JSX.Element {
  const { t, chromeAvailable } = props;
  const id = useId();
  const initial = fieldsOf(props.setting);
  const [kind, setKind] = useState<Kind>(initial.kind);
  const [deeplKey, setDeeplKey] = useState(initial.deeplKey);
  const [libreUrl, setLibreUrl] = useState(initial.libreUrl);
  const [libreKey, setLibreKey] = useState(initial.libreKey);
  const [error, setError] = useState<FieldError>(null);
  const [saved, setSaved] = useState(false);

  // A new stored setting (saved here or elsewhere) resets the form.
  const storedKey = JSON.stringify(props.setting);
  useEffect(() => {
    const fields = fieldsOf(props.setting);
    setKind(fields.kind);
    setDeeplKey(fields.deeplKey);
    setLibreUrl(fields.libreUrl);
    setLibreKey(fields.libreKey);
    setError(null);
  }, [storedKey]);

  const edited = () => {
    setSaved(false);
    setError(null);
  };

  const build = (): TranslationSetting | FieldError => {
    switch (kind) {
      case 'none':
      case 'chrome':
        return { kind };
      case 'deepl': {
        const checked = validateTranslationSetting({ kind: 'deepl', apiKey: deeplKey });
        return checked ?? 'deeplKey';
      }
      case 'libretranslate': {
        const url = normalizeServerUrl(libreUrl);
        if (!url) return 'libreUrl';
        const checked = validateTranslationSetting({ kind: 'libretranslate', url, apiKey: libreKey.trim() });
        return checked ?? 'libreKey';
      }
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = build();
    if (result === null || typeof result === 'string') {
      setError(result);
      setSaved(false);
      return;
    }
    setError(null);
    try {
      await props.onSave(result);
      setSaved(true);
    } catch {
      setSaved(false);
    }
  };

  const errorText =
    error === 'deeplKey' ? t('translation.errorKey') : error === 'libreUrl' ? t('translation.errorUrl') : error === 'libreKey' ? t('translation.errorLibreKey') : null;
  const errorId = `${id}-error`;

  return (
    <section class="cp-library cp-translation" aria-labelledby={`${id}-title`} data-testid="translation-settings">
      <h2 class="cp-library-title" id={`${id}-title`}>
        {t('translation.title')}
      </h2>
      <p class="cp-library-intro" id={`${id}-intro`}>
        {t('translation.intro')}
      </p>
      <form onSubmit={submit} noValidate>
        <div class="cp-translation-field">
          <label for={`${id}-provider`}>{t('translation.provider')}</label>{' '}
          <select
            id={`${id}-provider`}
            data-testid="translation-provider"
            value={kind}
            aria-describedby={`${id}-intro`}
            onChange={(event) => {
              setKind(event.currentTarget.value as Kind);
              edited();
            }}
          >
            <option value="none">{t('translation.none')}</option>
            <option value="chrome" disabled={!chromeAvailable && kind !== 'chrome'}>
              {t(chromeAvailable ? 'translation.chrome' : 'translation.chromeMissing')}
            </option>
            <option value="deepl">{t('translation.deepl')}</option>
            <option value="libretranslate">{t('translation.libre')}</option>
          </select>
        </div>

        {kind === 'chrome' && <p class="cp-library-help">{t('translation.chromeHelp')}</p>}

        {kind === 'deepl' && (
          <div class="cp-translation-field">
            <label for={`${id}-deepl-key`}>{t('translation.deeplKey')}</label>{' '}
            <input
              id={`${id}-deepl-key`}
              data-testid="translation-deepl-key"
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={deeplKey}
              aria-invalid={error === 'deeplKey' ? 'true' : undefined}
              aria-describedby={`${id}-deepl-help${error === 'deeplKey' ? ` ${errorId}` : ''}`}
              onInput={(event) => {
                setDeeplKey(event.currentTarget.value);
                edited();
              }}
            />
            <p class="cp-library-help" id={`${id}-deepl-help`}>
              {t('translation.deeplHelp')}
            </p>
          </div>
        )}

        {kind === 'libretranslate' && (
          <div class="cp-translation-field">
            <label for={`${id}-libre-url`}>{t('translation.libreUrl')}</label>{' '}
            <input
              id={`${id}-libre-url`}
              data-testid="translation-libre-url"
              type="url"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              placeholder="https://"
              value={libreUrl}
              aria-invalid={error === 'libreUrl' ? 'true' : undefined}
              aria-describedby={`${id}-libre-help${error === 'libreUrl' ? ` ${errorId}` : ''}`}
              onInput={(event) => {
                setLibreUrl(event.currentTarget.value);
                edited();
              }}
            />
            <p class="cp-library-help" id={`${id}-libre-help`}>
              {t('translation.libreHelp')}
            </p>
            <label for={`${id}-libre-key`}>{t('translation.libreKey')}</label>{' '}
            <input
              id={`${id}-libre-key`}
              data-testid="translation-libre-key"
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={libreKey}
              aria-invalid={error === 'libreKey' ? 'true' : undefined}
              aria-describedby={error === 'libreKey' ? errorId : undefined}
              onInput={(event) => {
                setLibreKey(event.currentTarget.value);
                edited();
              }}
            />
          </div>
        )}

        {errorText && (
          <p class="cp-translation-error" id={errorId} role="alert" data-testid="translation-error">
            {errorText}
          </p>
        )}

        <p class="cp-translation-actions">
          <button type="submit" data-testid="translation-save">
            {t('translation.save')}
          </button>{' '}
          <span role="status" data-testid="translation-saved">
            {saved ? t('translation.saved') : ''}
          </span>
        </p>
      </form>
    </section>
  );
}
