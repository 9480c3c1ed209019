import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MATCH_THRESHOLD,
  isSameStory,
  rankCounterparts,
  type MatchCandidate,
} from '../../../utils/match/rank-counterparts.ts';
import { orderAgreement } from '../../../utils/match/order-agreement.ts';
import { storyAnchors, type AnchorInput } from '../../../utils/match/story-anchors.ts';
import { loadNewstest } from '../../../scripts/data/newstest.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const seed = (lang: 'en' | 'de'): AnchorInput => ({
  title: '',
  text: readFileSync(sharedDataPath('seed', `${lang}.txt`), 'utf8'),
  lang,
});

const candidate = (id: string, article: AnchorInput): MatchCandidate => ({
  id,
  lang: article.lang,
  anchors: storyAnchors(article),
});

describe('rankCounterparts', () => {
  const de: AnchorInput = {
    title: 'Putin trifft Merkel in Berlin',
    text: 'Am 12. März 2014 traf Wladimir Putin Angela Merkel in Berlin. Es ging um 1,5 Milliarden Euro für Gazprom.',
    lang: 'de',
  };
  const en: AnchorInput = {
    title: 'Putin meets Merkel in Berlin',
    text: 'On March 12, 2014 Vladimir Putin met Angela Merkel in Berlin. At stake: 1.5 billion euros for Gazprom.',
    lang: 'en',
  };
  const other: AnchorInput = {
    title: 'Floods in Bangladesh',
    text: 'Heavy rain in Dhaka left 300 families homeless in 2012, the Red Cross said.',
    lang: 'en',
  };
  const germanTwin: AnchorInput = { ...de, title: 'Putin und Merkel' };

  it('ranks the same story first, leaves out the query’s language, scores in [0, 1]', () => {
    const results = rankCounterparts({ anchors: storyAnchors(de), lang: 'de' }, [
      candidate('other', other),
      candidate('en', en),
      candidate('de-twin', germanTwin),
      { ...candidate('at-twin', germanTwin), lang: 'de-AT' },
    ]);
    expect(results[0]?.id).toBe('en');
    expect(results.map((r) => r.id)).not.toContain('de-twin');
    expect(results.map((r) => r.id)).not.toContain('at-twin');
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(results.findIndex((r) => r.id === 'other')).not.toBe(0);
  });

  it('honours limit and prefers a close publication date', () => {
    const query = { anchors: storyAnchors(de), lang: 'de', published: '2014-03-12' };
    const near = { ...candidate('near', en), published: '2014-03-13' };
    const far = { ...candidate('far', en), published: '2015-09-01' };
    const results = rankCounterparts(query, [far, near], { limit: 1 });
    expect(results).toHaveLength(1);
    expect(results[0]?.id).toBe('near');
  });

  it('finds the seed pair’s English among the newstest English documents, above the threshold', () => {
    const corpus = loadNewstest();
    const library = [
      ...corpus.english.map((doc) => candidate(doc.id, { title: doc.title, text: doc.text, lang: 'en' })),
      candidate('seed-en', seed('en')),
    ];
    const frequency = new Map<string, number>();
    for (const entry of library)
      for (const anchor of entry.anchors) frequency.set(anchor, (frequency.get(anchor) ?? 0) + 1);
    const results = rankCounterparts({ anchors: storyAnchors(seed('de')), lang: 'de' }, library, {
      documentFrequency: (anchor) => frequency.get(anchor) ?? 0,
      librarySize: library.length,
    });
    expect(results[0]?.id).toBe('seed-en');
    expect(results[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(results[1]?.score ?? 0).toBeLessThan(MATCH_THRESHOLD);

    // Without its counterpart, the German finds nothing above the threshold: no wrong story.
    const withoutSeed = library.filter((entry) => entry.id !== 'seed-en');
    const rest = rankCounterparts({ anchors: storyAnchors(seed('de')), lang: 'de' }, withoutSeed, {
      documentFrequency: (anchor) => frequency.get(anchor) ?? 0,
      librarySize: library.length,
    });
    expect(rest[0]?.score ?? 0).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('rankCounterparts in a small library, frequencies known for the query’s anchors only', () => {
  it('matches the seed pair in a library of three and rejects an unrelated story', () => {
    const corpus = loadNewstest();
    const unrelated = corpus.english.find((doc) => doc.docid === '10023-schwarzwaelder-bote.de')!;
    const stored = [
      candidate('seed-en', seed('en')),
      candidate('seed-de', seed('de')),
      candidate('other', { title: unrelated.title, text: unrelated.text, lang: 'en' }),
    ];
    const query = stored[1]!;
    const counts = new Map<string, number>();
    for (const entry of stored) for (const anchor of entry.anchors) counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
    // As an IndexedDB lookup gives them: counted for the query's anchors, 1 for any other.
    const queryAnchors = new Set(query.anchors);
    const documentFrequency = (anchor: string) => (queryAnchors.has(anchor) ? (counts.get(anchor) ?? 1) : 1);
    const results = rankCounterparts(query, stored, { documentFrequency, librarySize: stored.length });
    expect(results[0]?.id).toBe('seed-en');
    expect(results[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const without = rankCounterparts(
      query,
      stored.filter((entry) => entry.id !== 'seed-en'),
      { documentFrequency, librarySize: 2 },
    );
    expect(without[0]?.score ?? 0).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('isSameStory', () => {
  it('accepts the seed pair', () => {
    const result = isSameStory(seed('de'), seed('en'));
    expect(result.same).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('rejects a different story, and a section page', () => {
    const corpus = loadNewstest();
    const different = corpus.english.find((doc) => doc.docid === '10023-schwarzwaelder-bote.de')!;
    expect(isSameStory(seed('de'), { title: different.title, text: different.text, lang: 'en' }).same).toBe(false);
    const section = {
      title: 'World news',
      text: 'World\nEurope\nAsia\nSport\nBusiness\nWeather\nSubscribe to our newsletter',
      lang: 'en',
    };
    const result = isSameStory(seed('de'), section);
    expect(result.same).toBe(false);
    expect(result.score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('orderAgreement', () => {
  it('is high when the shared anchors come in the same order, low when shuffled', () => {
    const a = ['w:putin', 'n:1500', 'w:merkel', 'y:2014', 'w:berlin', 'd:03-12', 'w:gazprom', 'n:12.5'];
    expect(orderAgreement(a, a)).toBeGreaterThan(0.9);
    const shuffled = ['w:gazprom', 'w:berlin', 'n:12.5', 'y:2014', 'd:03-12', 'w:putin', 'w:merkel', 'n:1500'];
    expect(orderAgreement(a, shuffled)).toBeLessThan(0.6);
    // Few shared anchors prove little either way: drawn toward the prior.
    expect(orderAgreement(['w:a', 'w:b'], ['w:b', 'w:a'])).toBeCloseTo((1 + 0.7 * 3) / (2 + 3));
  });
});
