import type { Notice } from '../utils/types.ts';
import { languageName, type Translate } from './ui-strings.ts';

/** Notice parameters that hold a language code and are shown as the language's name. */
const LANGUAGE_PARAMS = new Set(['lang', 'expected', 'found']);

export interface NoticeListProps {
  notices: Notice[];
  t: Translate;
  uiLocale: string;
}

/** The engine's notices, each translated through `t(key, params)`; errors are alerts. */
export function NoticeList({ notices, t, uiLocale }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <ul class="cp-notices">
      {notices.map((notice, i) => {
        const params: Record<string, string> = {};
        for (const [name, value] of Object.entries(notice.params ?? {})) {
          params[name] = LANGUAGE_PARAMS.has(name) ? languageName(value, uiLocale) : value;
        }
        return (
          <li
            key={`${notice.key}-${i}`}
            class={`cp-notice cp-notice--${notice.level}`}
            data-notice={notice.key}
            role={notice.level === 'error' ? 'alert' : 'status'}
          >
            <span class="cp-notice-icon" aria-hidden="true" />
            <span class="cp-notice-text">{t(notice.key, params)}</span>
          </li>
        );
      })}
    </ul>
  );
}
