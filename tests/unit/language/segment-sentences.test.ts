import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentParagraphs, segmentText } from '../../../utils/language/segment-sentences.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/parallel/${name}`, import.meta.url), 'utf8');
const sentences = (text: string, lang: string): string[] => segmentText(text, lang).sentences;

describe('segmentText: the seed pair from the raw files', () => {
  const gold = JSON.parse(readFileSync(sharedDataPath('seed/gold.json'), 'utf8')) as {
    en: string[];
    de: string[];
    boilerplate: { en: string[]; de: string[] };
  };
  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: exactly the gold sentences, page chrome on its own`, () => {
      const got = sentences(readFileSync(sharedDataPath(`seed/${lang}.txt`), 'utf8'), lang);
      const article = got.filter((s) => !gold.boilerplate[lang].includes(s));
      expect(article).toEqual(gold[lang]);
      // chrome is never glued to an article sentence
      for (const chrome of gold.boilerplate[lang]) expect(got).toContain(chrome);
    });
  }
});

describe('segmentText: traps', () => {
  it('splits glued sentences but not domain names', () => {
    expect(
      sentences('It was the Ministry of Foreign Affairs.During the talks, News.Az reports, they met.', 'en'),
    ).toEqual(['It was the Ministry of Foreign Affairs.', 'During the talks, News.Az reports, they met.']);
    expect(sentences('See example.com or www.Example.org for more.', 'en')).toEqual([
      'See example.com or www.Example.org for more.',
    ]);
  });

  it('keeps German ordinals inside the sentence', () => {
    expect(sentences('Sie bereiten die 29. Sitzung vor. Am 3. Oktober beginnt sie.', 'de')).toEqual([
      'Sie bereiten die 29. Sitzung vor.',
      'Am 3. Oktober beginnt sie.',
    ]);
  });

  it('still ends a German sentence after a year', () => {
    expect(sentences('Das war im Jahr 1988. Die Wand ist 600 m hoch.', 'de')).toEqual([
      'Das war im Jahr 1988.',
      'Die Wand ist 600 m hoch.',
    ]);
  });

  it('keeps French "le 1er" and "M." inside the sentence', () => {
    expect(sentences('M. Dupont est venu le 1er janvier. Il est reparti le 2.', 'fr')).toEqual([
      'M. Dupont est venu le 1er janvier.',
      'Il est reparti le 2.',
    ]);
  });

  it('does not split after abbreviations', () => {
    expect(sentences('Dr. Müller kam z. B. mit 1,5 Mio. Euro bzw. Nr. 5 an. Dann ging er.', 'de')).toEqual([
      'Dr. Müller kam z. B. mit 1,5 Mio. Euro bzw. Nr. 5 an.',
      'Dann ging er.',
    ]);
    expect(sentences('Mr. Smith met Prof. Jones in the U.S. Senate. They talked.', 'en')).toEqual([
      'Mr. Smith met Prof. Jones in the U.S. Senate.',
      'They talked.',
    ]);
  });

  it('ends a sentence after an abbreviation when a sentence clearly starts', () => {
    expect(sentences('He moved to the U.S. The move was hard.', 'en')).toEqual([
      'He moved to the U.S.',
      'The move was hard.',
    ]);
  });

  it('keeps decimals whole', () => {
    expect(sentences('Growth was 1.5 percent. In Germany it was 1,5 Prozent.', 'en')).toEqual([
      'Growth was 1.5 percent.',
      'In Germany it was 1,5 Prozent.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('He said: "We will go." Then he left.', 'en')).toEqual([
      'He said: "We will go."',
      'Then he left.',
    ]);
    expect(sentences('Er sagte: „Wir gehen.“ Dann ging er.', 'de')).toEqual([
      'Er sagte: „Wir gehen.“',
      'Dann ging er.',
    ]);
    expect(sentences('Il a dit « oui. » Puis il est parti.', 'fr')).toEqual([
      'Il a dit « oui. »',
      'Puis il est parti.',
    ]);
  });

  it('handles ellipses', () => {
    expect(sentences('Dring ... dring ... It is 4.45 in the morning... and cold. We get up.', 'en')).toEqual([
      'Dring ... dring ...',
      'It is 4.45 in the morning... and cold.',
      'We get up.',
    ]);
  });

  it('segments Chinese and Japanese without spaces', () => {
    expect(sentences('人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心！是吗？', 'zh')).toEqual([
      '人人生而自由，在尊严和权利上一律平等。',
      '他们赋有理性和良心！',
      '是吗？',
    ]);
    expect(
      sentences('すべての人間は、生まれながらにして自由である。人間は、理性と良心とを授けられている。', 'ja'),
    ).toEqual(['すべての人間は、生まれながらにして自由である。', '人間は、理性と良心とを授けられている。']);
  });

  it('segments Arabic (؟ and .) but not at the Arabic comma', () => {
    expect(sentences('يولد جميع الناس أحراراً، متساوين في الكرامة. هل هذا صحيح؟ نعم.', 'ar')).toEqual([
      'يولد جميع الناس أحراراً، متساوين في الكرامة.',
      'هل هذا صحيح؟',
      'نعم.',
    ]);
  });

  it('segments Russian with abbreviations', () => {
    expect(sentences('Он родился в 1950 г. в Москве. Т. е. давно.', 'ru')).toEqual([
      'Он родился в 1950 г. в Москве.',
      'Т. е. давно.',
    ]);
  });

  it('segments the parallel fixtures into their lines', () => {
    for (const name of ['udhr.en.txt', 'udhr.zh.txt', 'udhr.ja.txt', 'udhr.ar.txt', 'udhr.ru.txt']) {
      const text = fixture(name);
      const lines = text.split('\n').filter((l) => l.trim());
      const lang = name.split('.')[1]!;
      // each fixture line holds whole sentences: joining the lines of a paragraph gives no fewer sentences
      expect(sentences(text, lang).length).toBeGreaterThanOrEqual(lines.length);
    }
  });
});

describe('segmentText: structure and bad input', () => {
  it('numbers paragraphs by blank lines and breaks at single newlines', () => {
    const s = segmentText('Title line\nFirst sentence. Second one.\n\n\n  Third paragraph.\r\n\r\nFourth.', 'en');
    expect(s.sentences).toEqual(['Title line', 'First sentence.', 'Second one.', 'Third paragraph.', 'Fourth.']);
    expect(s.paragraphOf).toEqual([0, 0, 0, 1, 2]);
    expect(s.lang).toBe('en');
  });

  it('gives nothing for empty or blank text', () => {
    expect(segmentText('', 'en')).toEqual({ lang: 'en', sentences: [], paragraphOf: [] });
    expect(segmentText(' \n\n \t\n', 'de').sentences).toEqual([]);
  });

  it('cuts a huge text without sentence punctuation into bounded pieces, losing nothing', () => {
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
    const text = words.repeat(Math.ceil(5_000_000 / words.length));
    // A hang fails this test by its timeout; no wall time is asserted on a shared machine.
    const s = segmentText(text, 'en');
    expect(s.sentences.length).toBeGreaterThan(1000);
    expect(Math.max(...s.sentences.map((x) => x.length))).toBeLessThanOrEqual(1200);
    expect(s.sentences.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('cuts a huge Chinese text without punctuation', () => {
    const s = segmentText('人人生而自由在尊严和权利上一律平等'.repeat(20_000), 'zh');
    expect(Math.max(...s.sentences.map((x) => x.length))).toBeLessThanOrEqual(1200);
  });

  it('unknown language falls back to generic rules', () => {
    expect(segmentText('One. Two.', 'und').sentences).toEqual(['One.', 'Two.']);
    expect(segmentText('One. Two.', 'not a lang!').sentences).toEqual(['One.', 'Two.']);
  });
});

describe('segmentParagraphs', () => {
  it('keeps given paragraphs and skips empty ones', () => {
    const s = segmentParagraphs(['First. Second.', '', '   ', 'Third.\nFourth'], 'en');
    expect(s.sentences).toEqual(['First.', 'Second.', 'Third.', 'Fourth']);
    expect(s.paragraphOf).toEqual([0, 0, 1, 1]);
  });
});
