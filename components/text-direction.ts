import { textDirection as languageDirection } from '../utils/language/lang-codes';
import type { LangCode, TextDirection } from '../utils/types';

/**
 * The writing direction of a language (BCP 47 tag or primary subtag); `declared` wins
 * when the text says it is right to left itself (TextSide.dir).
 */
export function textDirection(lang: LangCode, declared?: TextDirection): TextDirection {
  if (declared === 'rtl') return 'rtl';
  return languageDirection(lang) === 'rtl' ? 'rtl' : (declared ?? 'ltr');
}
