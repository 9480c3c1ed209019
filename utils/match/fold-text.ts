/**
 * Script and spelling folding for cross-language matching: diacritics folded, Cyrillic and
 * Greek transliterated to Latin (case kept), and a coarse phonetic key under which a name
 * spelled a little differently in another language ("Aserbaidschan" / "Azerbaijan",
 * "Janukowitsch" / "Янукович" / "Yanukovych") keeps its first letters and consonants.
 */
import { CYRILLIC_LATIN as CYRILLIC, GREEK_LATIN as GREEK } from '../language/latin-letters.ts';

/** Latin letters that NFD does not decompose. */
const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  ẞ: 'SS',
};

function mapLetter(char: string): string | undefined {
  const lower = char.toLowerCase();
  const latin = CYRILLIC[lower] ?? GREEK[lower];
  if (latin === undefined) return LATIN_EXTRA[char];
  if (lower === char || latin === '') return latin;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * Folds a text to Latin letters without diacritics, keeping case and every other character
 * ("Путин" → "Putin", "Müller" → "Muller", "Škoda" → "Skoda"). Other scripts pass through.
 */
export function foldText(text: string): string {
  // Composed first, so that й and ё keep their own readings; ASCII passes as it is.
  // eslint-disable-next-line no-control-regex -- the range is all of ASCII
  const mapped = text.normalize('NFKC').replace(/[^\x00-\x7f]/g, (char) => mapLetter(char) ?? char);
  return mapped.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * A coarse phonetic spelling of a folded lowercase word, shared by the usual spellings of a
 * name across Latin-script languages and transliterations: sch/sh, tsch/ch, zh/dzh/j/y,
 * c/k/q, z/s, w/v/u, ph/f; h after a consonant dropped; doubled letters merged.
 */
export function phoneticKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/dzh|dsh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'x') // one letter for the ch sound
    .replace(/[wv]/g, 'u') // Snowden ~ Snouden, Europe ~ Evropa, Edward ~ Eduard
    .replace(/sh/g, 'w') // one letter for the sh sound
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/[yj]/g, 'i')
    .replace(/([^aeiou])h/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/** The consonants of a phonetic key, with the semi-vowels v and h left out too. */
export function consonantSkeleton(key: string): string {
  return key.replace(/[aeiouh]/g, '').replace(/(.)\1+/g, '$1');
}
