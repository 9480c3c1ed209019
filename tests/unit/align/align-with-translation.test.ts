// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../utils/align/align-sentences.ts';
import { alignWithTranslation, type SentenceTranslator } from '../../../utils/align/align-with-translation.ts';
import { segmentText } from '../../../utils/language/segment-sentences.ts';
import type { Bead, SegmentedText } from '../../../utils/types.ts';
import { repoRoot } from '../../../scripts/data/shared-data.ts';

const udhr = (lang: string) =>
  segmentText(readFileSync(resolve(repoRoot, 'tests/fixtures/parallel', `udhr.${lang}.txt`), 'utf8'), lang);

/** Drops sentence `k` of a text (an omission in that version). */
function without(text: SegmentedText, k: number): SegmentedText {
  return {
    lang: text.lang,
    sentences: text.sentences.filter((_, i) => i !== k),
    paragraphOf: text.paragraphOf.filter((_, i) => i !== k),
  };
}

/**
 * A stand-in for the on-device translator (Chrome's Translator API is not in test browsers):
 * it "translates" Japanese sentence k as the English sentence k of the same UDHR text, as a
 * perfect translator would. It speaks the SentenceTranslator contract: one output per input.
 */
function goldTranslator(target: SegmentedText): SentenceTranslator {
  return async (sentences) => sentences.map((_, k) => target.sentences[k]!);
}

const pairs = (beads: Bead[]) =>
  beads.filter((b) => b.a.length && b.b.length).map((b) => `${b.a.join('+')}:${b.b.join('+')}`);

describe('alignWithTranslation', () => {
  const ja = udhr('ja');
  const en = udhr('en');
  // The English version leaves out one sentence of article 2: with no shared words, length
  // alone makes the plain aligner drop its neighbour instead (as of this writing).
  const omitted = 5;
  const enShort = without(en, omitted);
  const expected = ja.sentences
    .map((_, k) => k)
    .filter((k) => k !== omitted)
    .map((k, i) => `${k}:${i}`);

  it('pairs every sentence right with a translation where shared words are none', async () => {
    expect(ja.sentences).toHaveLength(en.sentences.length);
    const result = await alignWithTranslation(ja, enShort, goldTranslator(en));
    expect(result.translated).toBe(true);
    expect(pairs(result.beads)).toEqual(expected);
    expect(result.beads.find((b) => b.a.includes(omitted))?.b).toEqual([]);
  });

  it('falls back to the plain alignment when the translator cannot (null, throws, wrong count)', async () => {
    const plain = alignSentences(ja, enShort);
    for (const translate of [
      async () => null,
      async () => {
        throw new Error('no language pack');
      },
      async (sentences: string[]) => sentences.slice(1),
    ] satisfies SentenceTranslator[]) {
      const result = await alignWithTranslation(ja, enShort, translate);
      expect(result.translated).toBe(false);
      expect(result.beads).toEqual(plain);
    }
  });
});
