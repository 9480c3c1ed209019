/**
 * The optional translation signal (the Bleualign idea): translate side A's sentences into
 * B's language, one for one, and align that translation against B, where names, numbers and
 * words now match verbatim. The beads index A's own sentences, since translation keeps the
 * sentence count. Without a translation (no translator, a failure, a count mismatch) it is
 * the plain alignment.
 */
import { alignSentences } from './align-sentences.ts';
import type { Bead, LangCode, SegmentedText } from '../types.ts';

/** Translates sentences one for one; null when it cannot. */
export type SentenceTranslator = (sentences: string[], from: LangCode, to: LangCode) => Promise<string[] | null>;

export interface TranslatedAlignment {
  beads: Bead[];
  /** Whether the translation was used (false: the plain alignment). */
  translated: boolean;
}

export async function alignWithTranslation(
  a: SegmentedText,
  b: SegmentedText,
  translate: SentenceTranslator,
  align: (a: SegmentedText, b: SegmentedText) => Bead[] | Promise<Bead[]> = alignSentences,
): Promise<TranslatedAlignment> {
  let translation: string[] | null = null;
  if (a.lang !== b.lang && a.sentences.length > 0 && b.sentences.length > 0) {
    try {
      translation = await translate(a.sentences, a.lang, b.lang);
    } catch {
      translation = null;
    }
  }
  if (!translation || translation.length !== a.sentences.length || translation.some((s) => typeof s !== 'string')) {
    return { beads: await align(a, b), translated: false };
  }
  return {
    beads: await align({ lang: b.lang, sentences: translation, paragraphOf: a.paragraphOf }, b),
    translated: true,
  };
}
