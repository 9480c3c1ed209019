/**
 * Text the user pasted is the counterpart, in the language it is written in; refused when it
 * is in the page's own language.
 */
import { detectLanguage } from '../language/detect-language.ts';
import { textDirection } from '../language/lang-codes.ts';
import { segmentText } from '../language/segment-sentences.ts';
import type { FindCounterpart } from './finder.ts';

export const findPastedText: FindCounterpart = ({ pasted, page, target }) => {
  if (!pasted) return { kind: 'not-found', notices: [] };
  const detected = detectLanguage(pasted.text, null).lang;
  if (detected === page.lang) {
    return {
      kind: 'refused',
      notices: [{ level: 'error', key: 'notice.pastedSameLanguage', params: { lang: detected } }],
    };
  }
  const lang = detected !== 'und' ? detected : (target ?? 'und');
  const segmented = segmentText(pasted.text, lang);
  return {
    kind: 'found',
    counterpart: {
      lang,
      dir: textDirection(lang),
      title: '',
      sentences: segmented.sentences,
      paragraphOf: segmented.paragraphOf,
      source: 'pasted',
    },
    targetLang: lang,
    notices: [],
  };
};
