/**
 * A machine translation the user asked for, in the target language, is the counterpart,
 * labelled as such. Translated sentence by sentence, it is aligned one to one.
 */
import { textDirection } from '../language/lang-codes.ts';
import type { FindCounterpart } from './finder.ts';

export const findRequestedTranslation: FindCounterpart = ({ translation, page, target }) => {
  if (!translation || translation.lang !== target) return { kind: 'not-found', notices: [] };
  const { lang, sentences } = translation;
  return {
    kind: 'found',
    counterpart: {
      lang,
      dir: textDirection(lang),
      title: '',
      sentences,
      paragraphOf: page.paragraphOf,
      source: 'translation',
    },
    beads: sentences.map((_, i) => ({ a: [i], b: [i], score: 1 })),
    notices: [{ level: 'warning', key: 'notice.machineTranslation' }],
  };
};
