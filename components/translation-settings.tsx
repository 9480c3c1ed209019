import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import {
  insecureServerOf,
  normalizeServerUrl,
  serverUrlProblem,
  validateTranslationSetting,
  type TranslationSetting,
} from '../utils/translation/translation-setting.ts';
import type { Translate, UiKey } from './ui-strings.ts';

export interface TranslationSettingsProps {
  /** The stored setting (`{ kind: 'none' }` by default). */
  setting: TranslationSetting;
  /** Whether this browser has Chrome's on-device Translator API. */
  chromeAvailable: boolean;
  t: Translate;
  /** Called with a checked, normalised setting; the "Saved." status shows once it resolves, an error if it rejects. */
  onSave(setting: TranslationSetting): void | Promise<void>;
}

type Kind = TranslationSetting['kind'];
type FieldError = 'deeplKey' | 'libreUrl' | 'libreInsecure' | 'libreKey' | 'saveFailed' | null;

const ERROR_TEXT: Record<Exclude<FieldError, null>, UiKey> = {
  deeplKey: 'translation.errorKey',
  libreUrl: 'translation.errorUrl',
  libreInsecure: 'translation.errorInsecure',
  libreKey: 'translation.errorLibreKey',
  saveFailed: 'translation.errorSave',
};

function fieldsOf(setting: TranslationSetting) {
  return {
    kind: setting.kind,
    deeplKey: setting.kind === 'deepl' ? setting.apiKey : '',
    libreUrl: setting.kind === 'libretranslate' ? setting.url : '',
    libreKey: setting.kind === 'libretranslate' ? (setting.apiKey ?? '') : '',
  };
}

interface TextFieldProps {
  id: string;
  testId: string;
  label: string;
  type: 'password' | 'url';
  value: string;
  placeholder?: string;
  invalid: boolean;
  /** The help text's id, if the field has one; the error's id joins it while the field is invalid. */
  helpId?: string;
  errorId: string;
  onInput(value: string): void;
}

/** A labelled key or address field: never autocompleted or spell-checked, its help and error announced. */
function TextField(props: TextFieldProps): JSX.Element {
  const describedBy = [props.helpId, props.invalid ? props.errorId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <label for={props.id}>{props.label}</label>{' '}
      <input
        id={props.id}
        data-testid={props.testId}
        type={props.type}
        inputMode={props.type === 'url' ? 'url' : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={props.placeholder}
        value={props.value}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </>
  );
}

/**
 * The options page's machine-translation section: off by default; on-device (Chrome),
 * DeepL with the user's key, or a LibreTranslate server. Explains that text leaves the
 * computer only when the user asks for a machine translation. A server address over plain
 * http:// is refused unless it is this computer's; a stored one is shown, with why it is not
 * used. Presentational: the setting comes in, the checked new one goes out through `onSave`.
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
        if (serverUrlProblem(url)) return 'libreInsecure';
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
      setError('saveFailed');
      setSaved(false);
    }
  };

  const errorText = error ? t(ERROR_TEXT[error]) : null;
  const errorId = `${id}-error`;
  const urlInvalid = error === 'libreUrl' || error === 'libreInsecure';
  // The stored server, if it is kept but not used.
  const unusedServer = insecureServerOf(props.setting);

  return (
    <section class="cp-library cp-translation" aria-labelledby={`${id}-title`} data-testid="translation-settings">
      <h2 class="cp-library-title" id={`${id}-title`}>
        {t('translation.title')}
      </h2>
      <p class="cp-library-intro" id={`${id}-intro`}>
        {t('translation.intro')}
      </p>
      {unusedServer && (
        <p class="cp-translation-error" id={`${id}-unused`} data-testid="translation-insecure">
          {t('translation.storedInsecure', { url: unusedServer })}
        </p>
      )}
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
            <TextField
              id={`${id}-deepl-key`}
              testId="translation-deepl-key"
              label={t('translation.deeplKey')}
              type="password"
              value={deeplKey}
              invalid={error === 'deeplKey'}
              helpId={`${id}-deepl-help`}
              errorId={errorId}
              onInput={(value) => {
                setDeeplKey(value);
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
            <TextField
              id={`${id}-libre-url`}
              testId="translation-libre-url"
              label={t('translation.libreUrl')}
              type="url"
              placeholder="https://"
              value={libreUrl}
              invalid={urlInvalid}
              helpId={unusedServer ? `${id}-libre-help ${id}-unused` : `${id}-libre-help`}
              errorId={errorId}
              onInput={(value) => {
                setLibreUrl(value);
                edited();
              }}
            />
            <p class="cp-library-help" id={`${id}-libre-help`}>
              {t('translation.libreHelp')}
            </p>
            <TextField
              id={`${id}-libre-key`}
              testId="translation-libre-key"
              label={t('translation.libreKey')}
              type="password"
              value={libreKey}
              invalid={error === 'libreKey'}
              errorId={errorId}
              onInput={(value) => {
                setLibreKey(value);
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
