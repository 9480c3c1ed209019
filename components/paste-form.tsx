import { useId, useState } from 'preact/hooks';
import type { Translate } from './ui-strings.ts';

export interface PasteFormProps {
  t: Translate;
  /** Main offer (no counterpart, error) rather than a secondary one (ready). */
  prominent: boolean;
  /** Language expected in the textarea (spell-checking, input methods). */
  lang?: string;
  onPaste(text: string): void;
}

/**
 * Paste the counterpart by hand (the test ids `counterpart-input` / `counterpart-submit`).
 * An empty paste is refused with an inline message and no callback. Ctrl/⌘+Enter submits.
 */
export function PasteForm({ t, prominent, lang, onPaste }: PasteFormProps) {
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();

  const submit = (event?: Event) => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onPaste(trimmed);
  };

  return (
    <form class={`cp-paste ${prominent ? 'cp-paste--prominent' : 'cp-paste--secondary'}`} onSubmit={submit} noValidate>
      <h2 class="cp-paste-title" id={`${id}-title`}>
        {t(prominent ? 'paste.title' : 'paste.titleReplace')}
      </h2>
      {prominent && (
        <p class="cp-paste-help" id={`${id}-help`}>
          {t('paste.help')}
        </p>
      )}
      <label class="cp-visually-hidden" for={`${id}-input`}>
        {t('paste.label')}
      </label>
      <textarea
        id={`${id}-input`}
        class="cp-paste-input"
        data-testid="counterpart-input"
        rows={prominent ? 8 : 3}
        lang={lang}
        dir="auto"
        value={text}
        aria-invalid={empty ? 'true' : undefined}
        aria-describedby={
          [prominent ? `${id}-help` : '', empty ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
        onInput={(event) => {
          setText(event.currentTarget.value);
          if (empty) setEmpty(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
        }}
      />
      {empty && (
        <p class="cp-paste-error" id={`${id}-error`} role="alert">
          {t('notice.pastedEmpty')}
        </p>
      )}
      <button type="submit" class="cp-button cp-button--primary" data-testid="counterpart-submit">
        {t('paste.submit')}
      </button>
    </form>
  );
}
