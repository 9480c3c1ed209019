import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alignmentScores,
  countAlignment,
  emptyCounts,
  parseBeadLines,
} from '../../../utils/align/evaluate-alignment.ts';
import { alignSentences } from '../../../utils/align/align-sentences.ts';
import { segmentText } from '../../../utils/language/segment-sentences.ts';
import type { Bead, SegmentedText } from '../../../utils/types.ts';
import { parseNewstestSgml } from '../../../scripts/data/newstest.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const side = (lang: string, paragraphs: string[][]): SegmentedText => ({
  lang,
  sentences: paragraphs.flat(),
  paragraphOf: paragraphs.flatMap((p, k) => p.map(() => k)),
});
const shape = (beads: Bead[]): string[] => beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);

/** Every sentence index of both sides exactly once, in reading order, scores in [0, 1]. */
function expectWellFormed(beads: Bead[], a: SegmentedText, b: SegmentedText): void {
  const seenA = beads.flatMap((x) => x.a);
  const seenB = beads.flatMap((x) => x.b);
  expect(seenA).toEqual(a.sentences.map((_, i) => i));
  expect(seenB).toEqual(b.sentences.map((_, j) => j));
  for (const bead of beads) {
    expect(bead.a.length + bead.b.length).toBeGreaterThan(0);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
}

const EN = [
  'The Swiss Alpine Club was founded in Olten on 19 April 1863.',
  'Its first president was Rudolf Theodor Simler, a chemist from Bern.',
  'In 1864 the club opened its first hut, the Grünhorn hut on the Tödi.',
  'Today the club has more than 170,000 members in 110 sections.',
  'Women were only admitted as full members in 1980, after a long debate.',
  'The club also publishes a yearbook, "Die Alpen", which appears in German, French and Italian.',
  'Why did it take so long?',
  'Many older members feared that the huts would lose their character!',
];
const DE = [
  'Der Schweizer Alpen-Club wurde am 19. April 1863 in Olten gegründet.',
  'Sein erster Präsident war Rudolf Theodor Simler, ein Chemiker aus Bern.',
  'Im Jahr 1864 eröffnete der Club seine erste Hütte, die Grünhornhütte am Tödi.',
  'Heute zählt der Club mehr als 170 000 Mitglieder in 110 Sektionen.',
  'Frauen wurden erst 1980 nach langer Debatte als vollwertige Mitglieder aufgenommen.',
  'Der Club gibt auch ein Jahrbuch heraus, «Die Alpen», das auf Deutsch, Französisch und Italienisch erscheint.',
  'Warum dauerte das so lange?',
  'Viele ältere Mitglieder fürchteten, die Hütten würden ihren Charakter verlieren!',
];

describe('alignSentences: constructed cases', () => {
  it('aligns a clean translation one to one', () => {
    const a = side('en', [EN]);
    const b = side('de', [DE]);
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    expect(shape(beads)).toEqual(EN.map((_, i) => `${i}:${i}`));
  });

  it('finds an omission (a sentence left out of the translation) as 1-0', () => {
    const a = side('en', [EN]);
    const b = side('de', [DE.filter((_, k) => k !== 3)]);
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    expect(shape(beads)).toEqual(['0:0', '1:1', '2:2', '3:', '4:3', '5:4', '6:5', '7:6']);
  });

  it('finds an addition (a sentence only in the translation) as 0-1', () => {
    const a = side('en', [EN.filter((_, k) => k !== 1)]);
    const b = side('de', [DE]);
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    expect(shape(beads)).toEqual(['0:0', ':1', '1:2', '2:3', '3:4', '4:5', '5:6', '6:7']);
  });

  it('finds a 2-1 merge', () => {
    const a = side('en', [EN]);
    const b = side('de', [[DE[0]!, `${DE[1]!.replace(/\.$/, '')}; ${DE[2]!.replace(/^Im/, 'im')}`, ...DE.slice(3)]]);
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    expect(shape(beads)).toEqual(['0:0', '1,2:1', '3:2', '4:3', '5:4', '6:5', '7:6']);
  });

  it('finds a 1-2 split', () => {
    const a = side('en', [EN]);
    const b = side('de', [
      [
        ...DE.slice(0, 5),
        'Der Club gibt auch ein Jahrbuch heraus, «Die Alpen».',
        'Es erscheint auf Deutsch, Französisch und Italienisch.',
        ...DE.slice(6),
      ],
    ]);
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    expect(shape(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5,6', '6:7', '7:8']);
  });

  it('copes with reordered paragraphs: no crash, full coverage, the unmoved paragraph right', () => {
    const a = side('en', [EN.slice(0, 3), EN.slice(3, 6), EN.slice(6)]);
    const b = side('de', [DE.slice(0, 3), DE.slice(6), DE.slice(3, 6)]);
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    const got = new Set(shape(beads));
    for (const k of [0, 1, 2]) expect(got).toContain(`${k}:${k}`);
    // of the two swapped paragraphs, one is paired (the longer one) and the other left unpaired
    const swapped =
      ['3:5', '4:6', '5:7'].filter((x) => got.has(x)).length + ['6:3', '7:4'].filter((x) => got.has(x)).length;
    expect(swapped).toBeGreaterThanOrEqual(2);
  });

  it('gives confidence: clean pairs score high', () => {
    const beads = alignSentences(side('en', [EN]), side('de', [DE]));
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.5);
  });
});

describe('alignSentences: bad input', () => {
  it('empty on both sides gives no beads', () => {
    expect(alignSentences(side('en', []), side('de', []))).toEqual([]);
  });

  it('one side empty: everything unpaired', () => {
    const a = side('en', [EN]);
    const beads = alignSentences(a, side('de', []));
    expect(shape(beads)).toEqual(EN.map((_, i) => `${i}:`));
    const back = alignSentences(side('de', []), side('en', [EN.slice(0, 2)]));
    expect(shape(back)).toEqual([':0', ':1']);
  });

  it('tolerates a paragraphOf of the wrong length and empty sentences', () => {
    const a: SegmentedText = { lang: 'en', sentences: ['', 'Hello.', '...'], paragraphOf: [] };
    const b: SegmentedText = { lang: 'de', sentences: ['Hallo.'], paragraphOf: [0, 0, 0, 0] };
    expectWellFormed(alignSentences(a, b), a, b);
  });

  it('stays well formed on random texts of all shapes', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = ['alpha', 'Beta', '12', 'gamma!', 'delta?', '«x»', 'Олег', '東京', 'ثلاثة', ''];
    for (let round = 0; round < 30; round++) {
      const make = (): string[][] =>
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () =>
          Array.from({ length: Math.floor(rnd() * 12) }, () =>
            Array.from({ length: Math.floor(rnd() * 8) }, () => words[Math.floor(rnd() * words.length)]!).join(' '),
          ),
        );
      const a = side('en', make());
      const b = side('fr', make());
      expectWellFormed(alignSentences(a, b), a, b);
    }
  });
});

describe('alignSentences: the seed pair from the raw files', () => {
  it('gets all nine gold beads (the English lead unpaired)', () => {
    const gold = JSON.parse(readFileSync(sharedDataPath('seed/gold.json'), 'utf8')) as {
      en: string[];
      de: string[];
      pairs: { en: number[]; de: number[] }[];
    };
    const en = segmentText(readFileSync(sharedDataPath('seed/en.txt'), 'utf8'), 'en');
    const de = segmentText(readFileSync(sharedDataPath('seed/de.txt'), 'utf8'), 'de');
    const beads = alignSentences(en, de);
    expectWellFormed(beads, en, de);
    const asText = (b: Bead): string =>
      `${b.a.map((i) => en.sentences[i]).join('|')}=>${b.b.map((j) => de.sentences[j]).join('|')}`;
    const got = new Set(beads.map(asText));
    for (const pair of gold.pairs) {
      const text = `${pair.en.map((i) => gold.en[i]).join('|')}=>${pair.de.map((j) => gold.de[j]).join('|')}`;
      expect(got, text.slice(0, 80)).toContain(text);
    }
  });
});

describe('alignSentences: real parallel text in other scripts', () => {
  const fixture = (lang: string): SegmentedText =>
    segmentText(readFileSync(new URL(`../../fixtures/parallel/udhr.${lang}.txt`, import.meta.url), 'utf8'), lang);

  for (const lang of ['zh', 'ja', 'ar', 'ru']) {
    it(`UDHR articles 1–3, en–${lang}: one to one`, () => {
      const a = fixture('en');
      const b = fixture(lang);
      expect(a.sentences).toHaveLength(8);
      expect(b.sentences).toHaveLength(8);
      const beads = alignSentences(a, b);
      expectWellFormed(beads, a, b);
      expect(shape(beads)).toEqual(a.sentences.map((_, i) => `${i}:${i}`));
    });

    it(`UDHR articles 1–3, en–${lang}: a sentence missing from the translation`, () => {
      const a = fixture('en');
      const full = fixture(lang);
      // leave out the second sentence of article 1 ("They are endowed with reason …")
      const b: SegmentedText = {
        lang,
        sentences: full.sentences.filter((_, k) => k !== 2),
        paragraphOf: full.paragraphOf.filter((_, k) => k !== 2),
      };
      const beads = alignSentences(a, b);
      expectWellFormed(beads, a, b);
      const got = shape(beads);
      if (lang === 'ja') {
        // no shared words with English, and the two Japanese sentences of article 1 are of
        // about equal length: which one is missing is a guess; the rest must be right
        expect(got.filter((x) => x.endsWith(':'))).toHaveLength(1);
        for (const x of ['0:0', '3:2', '4:3', '5:4', '6:5', '7:6']) expect(got).toContain(x);
      } else {
        expect(got).toEqual(['0:0', '1:1', '2:', '3:2', '4:3', '5:4', '6:5', '7:6']);
      }
    });

    it(`UDHR articles 1–3, en–${lang}: the middle article missing from the translation`, () => {
      const a = fixture('en');
      const full = fixture(lang);
      const keep = (k: number): boolean => full.paragraphOf[k] !== 1;
      const b: SegmentedText = {
        lang,
        sentences: full.sentences.filter((_, k) => keep(k)),
        paragraphOf: full.paragraphOf.filter((_, k) => keep(k)).map((p) => (p > 1 ? p - 1 : p)),
      };
      const beads = alignSentences(a, b);
      expectWellFormed(beads, a, b);
      expect(shape(beads)).toEqual(['0:0', '1:1', '2:2', '3:', '4:', '5:', '6:3', '7:4']);
    });
  }

  const newstest = (lang: string, docs: number) => {
    const read = (file: string, l: string) =>
      parseNewstestSgml(readFileSync(sharedDataPath('newstest2014', file), 'utf8'), l).slice(0, docs);
    return {
      src: read(`newstest2014-${lang}en-src.${lang}.sgm`, lang),
      ref: read(`newstest2014-${lang}en-ref.en.sgm`, 'en'),
    };
  };

  for (const lang of ['ru', 'de', 'fr']) {
    it(`newstest2014 ${lang}–en documents with omissions and merges: ≥ 90 % of beads exact`, () => {
      const { src, ref } = newstest(lang, 12);
      const a: SegmentedText = { lang, sentences: [], paragraphOf: [] };
      const b: SegmentedText = { lang: 'en', sentences: [], paragraphOf: [] };
      const gold: Bead[] = [];
      src.forEach((doc, d) => {
        const english = ref[d]!.segments;
        doc.segments.forEach((sentence, k) => {
          const i = a.sentences.length;
          a.sentences.push(sentence);
          a.paragraphOf.push(d);
          if (k % 17 === 5) {
            gold.push({ a: [i], b: [] });
          } else if (
            k % 13 === 7 &&
            b.sentences.length > 0 &&
            gold.at(-1)?.b.length === 1 &&
            gold.at(-1)!.a.length === 1
          ) {
            // merge this sentence's translation into the previous one
            b.sentences[b.sentences.length - 1] += ` ${english[k]!}`;
            gold.at(-1)!.a.push(i);
          } else {
            b.sentences.push(english[k]!);
            b.paragraphOf.push(d);
            gold.push({ a: [i], b: [b.sentences.length - 1] });
          }
        });
      });
      const beads = alignSentences(a, b);
      expectWellFormed(beads, a, b);
      const got = new Set(shape(beads));
      const exact = shape(gold).filter((x) => got.has(x)).length;
      expect(exact / gold.length).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('alignSentences: scale', () => {
  it('aligns 10,000 × 10,000 sentences of real text correctly (banded search)', () => {
    const read = (file: string, l: string) =>
      parseNewstestSgml(readFileSync(sharedDataPath('newstest2014', file), 'utf8'), l);
    const de = read('newstest2014-deen-src.de.sgm', 'de').flatMap((d) => d.segments);
    const en = read('newstest2014-deen-ref.en.sgm', 'en').flatMap((d) => d.segments);
    const size = 10_000;
    const a: SegmentedText = { lang: 'de', sentences: [], paragraphOf: [] };
    const b: SegmentedText = { lang: 'en', sentences: [], paragraphOf: [] };
    const gold: Bead[] = [];
    for (let k = 0; a.sentences.length < size; k++) {
      const idx = k % de.length;
      a.sentences.push(de[idx]!);
      a.paragraphOf.push(Math.floor(k / 20));
      if (k % 50 !== 25) {
        b.sentences.push(en[idx]!);
        b.paragraphOf.push(Math.floor(k / 20));
        gold.push({ a: [k], b: [b.sentences.length - 1] });
      } else {
        gold.push({ a: [k], b: [] });
      }
    }
    // No time is asserted here (shared machines are noisy): the time and memory figures are
    // `npm run bench`'s; a hang fails this test by its timeout.
    const beads = alignSentences(a, b);
    expectWellFormed(beads, a, b);
    const got = new Set(shape(beads));
    expect(shape(gold).filter((x) => got.has(x)).length).toBeGreaterThan(0.9 * gold.length);
  });
});

describe('Text+Berg de–fr gold (scoring as in its README)', () => {
  it('the scorer counts strict and lax matches as Vecalign score.py does', () => {
    const gold = parseBeadLines('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3, 4]\n');
    const test: Bead[] = [
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [] },
      { a: [3], b: [2] },
      { a: [4], b: [3, 4] },
    ];
    const s = alignmentScores(countAlignment(gold, test));
    // strict: 2 of 4 hypothesis beads, 2 of 3 gold beads; lax: [1]:[1] overlaps [1,2]:[1]
    expect(s.strict.precision).toBeCloseTo(2 / 4);
    expect(s.strict.recall).toBeCloseTo(2 / 3);
    expect(s.lax.precision).toBeCloseTo(3 / 4);
    expect(s.lax.recall).toBeCloseTo(3 / 3);
  });

  it('test0–6 together: strict F1 ≥ 0.84 and lax F1 ≥ 0.95 (regression guard; bench prints the figures)', () => {
    const counts = emptyCounts();
    const lines = (file: string): string[] => {
      const all = readFileSync(sharedDataPath('textberg', file), 'utf8').split('\n');
      return all.at(-1) === '' ? all.slice(0, -1) : all;
    };
    for (let k = 0; k <= 6; k++) {
      const a = lines(`test${k}.de`);
      const b = lines(`test${k}.fr`);
      const beads = alignSentences(
        { lang: 'de', sentences: a, paragraphOf: a.map(() => 0) },
        { lang: 'fr', sentences: b, paragraphOf: b.map(() => 0) },
      );
      countAlignment(parseBeadLines(readFileSync(sharedDataPath('textberg', `test${k}.defr`), 'utf8')), beads, counts);
    }
    const s = alignmentScores(counts);
    expect(s.strict.f1).toBeGreaterThanOrEqual(0.84);
    expect(s.lax.f1).toBeGreaterThanOrEqual(0.95);
  });
});
