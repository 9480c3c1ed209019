import type { LangCode, TextDirection } from '../utils/types';

/** Primary subtags of languages written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * The writing direction of a language (BCP 47 tag or primary subtag); `declared` wins
 * when the text says so itself (TextSide.dir).
 */
export function textDirection(lang: LangCode, declared?: TextDirection): TextDirection {
  if (declared === 'rtl') return 'rtl';
  const primary = (lang.split(/[-_]/)[0] ?? '').toLowerCase();
  if (RTL_LANGUAGES.has(primary)) return 'rtl';
  return declared ?? 'ltr';
}
