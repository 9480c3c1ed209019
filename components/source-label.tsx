import type { CounterpartSource } from '../utils/types.ts';
import type { Translate } from './ui-strings.ts';

export interface SourceLabelProps {
  source: CounterpartSource;
  /** Name of the counterpart's language in the UI language. */
  langName: string;
  t: Translate;
}

/**
 * Where the counterpart came from: the test id `[data-testid=counterpart-source]` holds the
 * bare code; the human label beside it is what people read. A machine translation is
 * set apart as a warning.
 */
export function SourceLabel({ source, langName, t }: SourceLabelProps) {
  return (
    <p class={`cp-source cp-source--${source}`}>
      <span class="cp-source-prefix">{t('source.label')}:</span>{' '}
      <span class="cp-source-text">{t(`source.${source}`, { lang: langName })}</span>{' '}
      <code class="cp-code cp-source-code" data-testid="counterpart-source" aria-hidden="true">
        {source}
      </code>
    </p>
  );
}
