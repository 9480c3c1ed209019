/**
 * Language-independent anchors of a news story: what survives its translation. Names
 * (capitalised words, transliterated and folded: "Путин" → "w:putin"), numbers ("1,5" and
 * "1.5" → "n:1.5"), years, dates, percentages, acronyms, URL slug words, and weaker
 * spelling-tolerant keys for names that change a little across languages (a phonetic key
 * "f:", its first four letters "p:"). The anchors are plain strings, deduplicated and
 * capped, to be kept in an IndexedDB multiEntry index and compared with rankCounterparts.
 */
import { primaryLang } from '../language/lang-codes.ts';
import { consonantSkeleton, foldText, phoneticKey } from './fold-text.ts';
import { NUMBER_PATTERN, readNumbers } from './read-numbers.ts';
import type { LangCode } from '../types.ts';

export interface AnchorInput {
  title: string;
  text: string;
  lang: LangCode;
  url?: string;
  published?: string | null;
}

/** At most this many anchors per article (the most distinctive are kept). */
export const MAX_ANCHORS = 400;

/** Month names (folded, lowercase, Cyrillic transliterated) → month number. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const names: string[][] = [
    [
      'january',
      'jan',
      'januar',
      'janner',
      'janvier',
      'enero',
      'gennaio',
      'janeiro',
      'januari',
      'yanvar',
      'yanvarya',
      'sichnya',
      'stycznia',
    ],
    [
      'february',
      'feb',
      'februar',
      'fevrier',
      'febrero',
      'febbraio',
      'fevereiro',
      'februari',
      'fevral',
      'fevralya',
      'lyutogo',
      'lutego',
    ],
    ['march', 'mar', 'marz', 'mars', 'marzo', 'marco', 'maart', 'mart', 'marta', 'bereznya', 'marca'],
    ['april', 'apr', 'avril', 'abril', 'aprile', 'aprel', 'aprelya', 'kvitnya', 'kwietnia'],
    ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maya', 'travnya', 'maja'],
    ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'iyun', 'iyunya', 'chervnya', 'czerwca'],
    ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'iyul', 'iyulya', 'lypnya', 'lipca'],
    ['august', 'aug', 'aout', 'agosto', 'augustus', 'avgust', 'avgusta', 'serpnya', 'sierpnia'],
    [
      'september',
      'sep',
      'sept',
      'septembre',
      'septiembre',
      'settembre',
      'setembro',
      'sentyabr',
      'sentyabrya',
      'veresnya',
      'wrzesnia',
    ],
    [
      'october',
      'oct',
      'oktober',
      'octobre',
      'octubre',
      'ottobre',
      'outubro',
      'oktyabr',
      'oktyabrya',
      'zhovtnya',
      'pazdziernika',
    ],
    ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'noyabr', 'noyabrya', 'listopada'],
    [
      'december',
      'dec',
      'dez',
      'dezember',
      'decembre',
      'diciembre',
      'dicembre',
      'dezembro',
      'dekabr',
      'dekabrya',
      'grudnya',
      'grudnia',
    ],
  ];
  const map = new Map<string, number>();
  names.forEach((forms, index) => forms.forEach((form) => map.set(form, index + 1)));
  return map;
})();

/** Words that follow a number to make it a percentage (folded, lowercase). */
const PERCENT_WORDS: ReadonlySet<string> = new Set([
  'percent',
  'prozent',
  'procent',
  'procento',
  'prozentpunkte',
  'protsent',
  'protsenta',
  'protsentov',
  'pourcent',
  'porcentaje',
  'percento',
  'pct',
]);

/** Filler between a day and its month ("30th of October", "le 1er mars", "30-go oktyabrya"). */
const DATE_FILLERS: ReadonlySet<string> = new Set(['th', 'st', 'nd', 'rd', 'of', 'de', 'er', 'go', 'e', 'ste', 'te']);

interface Token {
  kind: 'word' | 'number';
  /** Folded text (case kept for words). */
  text: string;
  /** Numbers: canonical values (a run may hold several). */
  values?: string[];
  /** First token of a sentence, a title or a line. */
  initial: boolean;
  /** Followed directly by "%". */
  percent?: boolean;
}

const TOKEN_PATTERN = new RegExp(`\\p{L}+|${NUMBER_PATTERN.source}|[.!?:;"«»„“”‹›…\\n%]`, 'gu');
const SENTENCE_MARKS = /^[.!?:;"«»„“”‹›…\n]$/;

function tokenize(text: string, lang: LangCode, allInitial = false): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  for (const match of foldText(text).matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    if (raw === '%') {
      const last = tokens[tokens.length - 1];
      if (last?.kind === 'number') last.percent = true;
      continue;
    }
    if (SENTENCE_MARKS.test(raw)) {
      initial = true;
      continue;
    }
    if (/^\d/.test(raw)) tokens.push({ kind: 'number', text: raw, values: readNumbers(raw, lang), initial });
    else tokens.push({ kind: 'word', text: raw, initial: initial || allInitial });
    initial = false;
  }
  return tokens;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isAcronym = (word: string) => word.length >= 2 && word.length <= 6 && /^\p{Lu}+$/u.test(word);

/** Strips the endings a name takes in inflecting languages, for the phonetic key. */
function nameStems(key: string, lang: LangCode): string[] {
  const stems = new Set<string>();
  const bare = key.replace(/[aeiou]+$/, '');
  if (bare.length >= 3) stems.add(bare);
  if (lang === 'de' && key.length >= 5 && key.endsWith('s')) stems.add(key.slice(0, -1).replace(/[aeiou]+$/, ''));
  if (/^(ru|uk|be|bg|sr|mk|pl|cs|sk|sl|hr|bs|lt|lv)$/.test(lang)) {
    const stripped = key
      .replace(/(ogo|ego|omu|emu|ami|iami|om|em|im|oi|ei|ah|iah|ih|ov|ev|ui|u)$/, '')
      .replace(/[aeiou]+$/, '');
    if (stripped.length >= 3) stems.add(stripped);
  }
  return [...stems];
}

interface Scored {
  priority: number;
  /** Index of the token where the anchor first occurs. */
  first: number;
}

/**
 * Anchors of one article, deduplicated, capped at MAX_ANCHORS (the most distinctive kept), in
 * the order they first occur in the title and text (rankCounterparts uses that order: a
 * translation tells its story in the same order).
 * Keys: `n:` number, `y:` year, `d:` day and month (`d:10-30`), `pc:` percentage, `w:` a
 * name or acronym (folded, lowercase), `f:` its phonetic key without endings, `p:` the key's first four
 * letters, `k:` its consonant skeleton, `u:` a URL slug word.
 */
export function storyAnchors(article: AnchorInput): string[] {
  const lang = primaryLang(article.lang || 'und');
  const scores = new Map<string, Scored>();
  let position = 0;
  const add = (anchor: string, priority: number) => {
    const entry = scores.get(anchor);
    if (entry) entry.priority += priority * 0.5;
    else scores.set(anchor, { priority, first: position });
  };

  const body = tokenize(article.text, lang);
  const title = tokenize(article.title, lang, true);
  const tokens = [...title, ...body];

  // Capitalised words that also stand inside sentences are names (or, in German, nouns).
  const midSentence = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'word' && !token.initial && isCapitalised(token.text)) midSentence.add(token.text.toLowerCase());
  }

  const spellingKeys = new Map<string, { stems: string[]; prefix: string | undefined; skeleton: string | undefined }>();
  const addName = (word: string, inTitle: boolean, weak = false) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 && !isAcronym(word)) return;
    const boost = (inTitle ? 1 : 0) - (weak ? 1.5 : 0);
    add(`w:${lower}`, 3 + boost + Math.min(lower.length, 10) / 10);
    if (isAcronym(word)) return;
    let keys = spellingKeys.get(lower);
    if (!keys) {
      const key = phoneticKey(lower);
      const skeleton = consonantSkeleton(key);
      keys = {
        stems: nameStems(key, lang).map((stem) => `f:${stem}`),
        prefix: key.length >= 5 ? `p:${key.slice(0, 4)}` : undefined,
        skeleton: skeleton.length >= 4 ? `k:${skeleton}` : undefined,
      };
      spellingKeys.set(lower, keys);
    }
    for (const stem of keys.stems) add(stem, 2 + boost);
    if (keys.prefix) add(keys.prefix, 1.5 + boost);
    if (keys.skeleton) add(keys.skeleton, 1 + boost);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const inTitle = i < title.length;
    position = i;
    if (token.kind === 'word') {
      const lower = token.text.toLowerCase();
      const isName = isAcronym(token.text) || (isCapitalised(token.text) && (!token.initial || midSentence.has(lower)));
      if (isName) addName(token.text, inTitle);
      else if (isCapitalised(token.text) && lower.length >= 4) addName(token.text, inTitle, true);
      if (PERCENT_WORDS.has(lower)) {
        const previous = tokens[i - 1];
        if (previous?.kind === 'number') for (const value of previous.values ?? []) add(`pc:${value}`, 3);
      }
      continue;
    }
    const values = token.values ?? [];
    for (const value of values) {
      if (/^(1[89]|20)\d\d$/.test(value) && token.text.includes(value)) {
        add(`y:${value}`, 3);
        continue;
      }
      const digits = value.replace('.', '').length;
      if (digits < 2) continue;
      add(`n:${value}`, digits >= 3 || value.includes('.') ? 4 : 2);
      if (token.percent) add(`pc:${value}`, 3);
    }
    // Dates: a day next to a month name, either order.
    const single = values.length === 1 ? values[0] : undefined;
    const day = single !== undefined && /^\d{1,2}$/.test(single) ? Number(single) : 0;
    if (day >= 1 && day <= 31) {
      const monthAfter = (from: number): number | undefined => {
        for (let j = from; j < Math.min(tokens.length, from + 2); j++) {
          const next = tokens[j]!;
          if (next.kind !== 'word') return undefined;
          const month = MONTHS.get(next.text.toLowerCase());
          if (month) return month;
          if (!DATE_FILLERS.has(next.text.toLowerCase())) return undefined;
        }
        return undefined;
      };
      const previous = tokens[i - 1];
      const month =
        monthAfter(i + 1) ?? (previous?.kind === 'word' ? MONTHS.get(previous.text.toLowerCase()) : undefined);
      if (month) add(`d:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 5);
    }
  }

  position = tokens.length;
  if (article.url) {
    let path = article.url;
    try {
      path = new URL(article.url).pathname;
    } catch {
      // not an absolute URL: use it as it is
    }
    for (const part of foldText(decodeURIComponentSafe(path))
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      if (/^\d+$/.test(part)) {
        if (/^(1[89]|20)\d\d$/.test(part)) add(`y:${part}`, 1);
      } else if (part.length >= 4) {
        add(`u:${part}`, 1.5);
        add(`w:${part}`, 1);
      }
    }
  }

  return [...scores.entries()]
    .sort((a, b) => b[1].priority - a[1].priority || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_ANCHORS)
    .sort((a, b) => a[1].first - b[1].first || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([anchor]) => anchor);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
