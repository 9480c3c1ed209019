/**
 * What of a sentence survives translation, as string keys an aligner can match across
 * languages without a dictionary: numbers (normalised: `29.` ~ `29th`, `1,5` ~ `1.5`,
 * `October` ~ `10`), words shared verbatim (names, acronyms), word prefixes (cognates:
 * `Expedition` ~ `expédition`; Cyrillic transliterated first), Han character pairs (zh ~ ja),
 * and telling punctuation (questions, exclamations, quotes, parentheses). Also the length
 * of the sentence in characters without spaces, the unit the length model compares.
 */
import { CYRILLIC_LATIN, GREEK_LATIN } from '../language/latin-letters.ts';

export interface SentenceFeatures {
  /** Characters, not counting whitespace. */
  length: number;
  /** Feature keys, with repetitions (term frequency). */
  keys: string[];
  /** Lower-cased words (for the lexicon learnt from the pair itself). */
  words: string[];
}

const MONTHS: Record<string, number> = {};
const monthNames: string[][] = [
  [
    'january',
    'jan',
    'januar',
    'janvier',
    'janv',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'styczen',
    'январь',
    'января',
    'янв',
    'jänner',
  ],
  [
    'february',
    'feb',
    'februar',
    'fevrier',
    'fevr',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'luty',
    'февраль',
    'февраля',
    'фев',
  ],
  ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'marzec', 'март', 'марта'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile', 'kwiecien', 'апрель', 'апреля', 'апр'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'май', 'мая'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwiec', 'июнь', 'июня', 'июн'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'lipiec', 'июль', 'июля', 'июл'],
  ['august', 'aug', 'aout', 'agosto', 'augustus', 'sierpien', 'август', 'августа', 'авг'],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'settembre',
    'setembro',
    'wrzesien',
    'сентябрь',
    'сентября',
    'сен',
  ],
  [
    'october',
    'oct',
    'okt',
    'oktober',
    'octobre',
    'octubre',
    'ottobre',
    'outubro',
    'pazdziernik',
    'октябрь',
    'октября',
    'окт',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'ноябрь', 'ноября', 'ноя'],
  [
    'december',
    'dec',
    'dez',
    'dezember',
    'decembre',
    'dec',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudzien',
    'декабрь',
    'декабря',
    'дек',
  ],
];
monthNames.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

/** The aligner folds the Ukrainian and short letters to their bare vowels (й, ї → i, є → e). */
const CYRILLIC: Readonly<Record<string, string>> = { ...CYRILLIC_LATIN, й: 'i', ї: 'i', є: 'e' };

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function transliterate(word: string): string {
  let out = '';
  for (const ch of word) out += CYRILLIC[ch] ?? GREEK_LATIN[ch] ?? ch;
  return out;
}

const DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f]/g;

function asciiDigits(text: string): string {
  return text.replace(DIGITS, (d) => {
    const c = d.charCodeAt(0);
    const base = c >= 0xff10 ? 0xff10 : c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(c - base);
  });
}

const HAN = /[\p{Script=Han}]/u;
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words a text is made of; runs of Han/kana are kept whole (matched by character pairs). */
const WORD = /[\p{L}\p{M}\p{Nl}]+/gu;
const NUMBER = /\p{Nd}+(?:[.,'’\u00a0\u202f]\p{Nd}+)*/gu;
const QUOTES = /["“”„«»‹›「」『』]/u;

/** Chinese/Japanese numerals where they count something: `第二条`, `三月`, `二十一日`. */
const HAN_NUMBER =
  /第([〇零一二两三四五六七八九十百千]{1,6})|([〇零一二两三四五六七八九十百千]{1,6})(?=[条章节届号次年月日岁名])/gu;
const HAN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function hanNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const d = HAN_DIGIT[ch];
    if (d !== undefined) {
      digit = digit * 10 + d;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
    total += (digit || 1) * unit;
    digit = 0;
  }
  return total + digit;
}

interface WordFeatures {
  folded: string;
  keys: string[];
}

/** Word features, memoised: news vocabulary repeats, and long texts have many tokens. */
const wordCache = new Map<string, WordFeatures>();
const WORD_CACHE_LIMIT = 200_000;

function wordFeatures(raw: string): WordFeatures {
  const cached = wordCache.get(raw);
  if (cached) return cached;
  const keys: string[] = [];
  let folded: string;
  if (NO_SPACE_SCRIPT.test(raw)) {
    // Han characters shared by Chinese and Japanese; pairs are specific enough
    const han = [...raw].filter((ch) => HAN.test(ch));
    for (let k = 0; k + 1 < han.length; k++) keys.push(`h:${han[k]}${han[k + 1]}`);
    for (const match of raw.matchAll(HAN_NUMBER)) {
      const value = hanNumber(match[1] ?? match[2] ?? '');
      if (value > 0) keys.push(`n:${value}`);
    }
    folded = raw;
  } else {
    folded = fold(raw);
    const month = MONTHS[folded];
    if (month !== undefined) keys.push(`n:${month}`);
    const latin = transliterate(folded);
    if (latin.length >= 2) keys.push(`w:${latin}`);
    if (latin.length >= 4) keys.push(`p:${latin.slice(0, 4)}`);
    if (latin.length >= 7) keys.push(`q:${latin.slice(0, 6)}`);
    if (/^\p{Lu}{2,}$/u.test(raw)) keys.push(`a:${latin}`);
  }
  const features = { folded, keys };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(raw, features);
  return features;
}

export function sentenceFeatures(text: string): SentenceFeatures {
  const keys: string[] = [];
  const words: string[] = [];
  const spaces = text.match(/\s/gu)?.length ?? 0;
  const length = [...text].length - spaces;
  const digits = asciiDigits(text);
  for (const match of digits.matchAll(NUMBER)) {
    const value = match[0].replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    if (value) keys.push(`n:${value}`);
  }
  for (const match of text.matchAll(WORD)) {
    const word = wordFeatures(match[0]);
    words.push(word.folded);
    for (const key of word.keys) keys.push(key);
  }
  if (text.includes('?') || text.includes('؟') || text.includes('？')) keys.push('x:?');
  if (text.includes('!') || text.includes('！')) keys.push('x:!');
  if (QUOTES.test(text)) keys.push('x:"');
  if (text.includes('(') || text.includes('（')) keys.push('x:(');
  if (text.includes(':') || text.includes('：')) keys.push('x::');
  return { length, keys, words };
}
