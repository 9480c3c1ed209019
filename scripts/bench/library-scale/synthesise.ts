/**
 * A large synthetic library made from the real newstest2014 documents (library-scale bench).
 * Article 0 … 893 are the real documents themselves; every later index i is a variant of one
 * real document (the base, chosen by i), deterministic in i, made a different story as far as
 * anchors go:
 * - names: each capitalised word of the base that the corpus shows capitalised inside a
 *   sentence (names, and German nouns) is, with a per-article probability of 0.7–1.0, replaced
 *   by a capitalised word drawn from all such occurrences in the corpus's documents of the
 *   same language — frequency-weighted, so common names stay common across the library —
 *   the same replacement throughout the article;
 * - numbers: every year is shifted by the article's offset (−6 … +6, 0 for a third of them);
 *   every other number of ≥ 2 digits gets random digits in the same format with probability
 *   0.85 (so "1,5" → "7,2", "2.300" → "8.104"), consistently within the article;
 * - paragraphs: the body (the segments after the title) is shuffled in half the articles;
 * - length: the article keeps 35–100 % of its body segments (at least 3).
 * The variants keep their base's language, so the library has the corpus's language mix
 * (379 en : 164 de : 176 fr : 175 ru). Runs in a Web Worker, in the page or in Node.
 */
import type { LibraryEntry } from '../../../utils/types.ts';

export interface CorpusDocument {
  docid: string;
  lang: string;
  segments: string[];
}

export interface Synthesiser {
  /** How many real documents (indices 0 … size − 1 are those). */
  size: number;
  /** The article of index i, without anchors ([] : computed by the caller). */
  article(index: number): LibraryEntry;
}

/** The id (a normalised URL, as the extension keeps) of a real newstest document. */
export const realId = (lang: string, docid: string) => `https://newstest2014.example/${lang}/${docid}`;
const syntheticId = (lang: string, index: number, site: string) => `https://${site}/${lang}/story-${index}`;

const WORD = /[\p{L}\p{M}]+/gu;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const YEAR = /^(1[89]|20)\d\d$/;
const SENTENCE_END = /[.!?:;"«»„“”…]\s*$/;
/** A capitalised word that is not all capitals (acronyms are left as they are). */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}?[\p{Ll}\p{M}]*)*$/u;

/** mulberry32: a small seeded generator, so the library is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Capitalised words met inside sentences, per language: every occurrence (for drawing) and the set. */
function namePools(documents: readonly CorpusDocument[]): Map<string, { occurrences: string[]; names: Set<string> }> {
  const pools = new Map<string, { occurrences: string[]; names: Set<string> }>();
  for (const doc of documents) {
    let pool = pools.get(doc.lang);
    if (!pool) pools.set(doc.lang, (pool = { occurrences: [], names: new Set() }));
    for (const segment of doc.segments) {
      for (const match of segment.matchAll(WORD)) {
        const word = match[0];
        const index = match.index ?? 0;
        if (index === 0 || word.length < 3 || !CAPITALISED.test(word)) continue;
        if (SENTENCE_END.test(segment.slice(0, index))) continue;
        pool.occurrences.push(word);
        pool.names.add(word);
      }
    }
  }
  return pools;
}

export function synthesiser(documents: readonly CorpusDocument[]): Synthesiser {
  const pools = namePools(documents);
  const savedFrom = Date.UTC(2024, 0, 1);

  const realArticle = (index: number): LibraryEntry => {
    const doc = documents[index]!;
    const id = realId(doc.lang, doc.docid);
    return {
      id,
      url: id,
      title: doc.segments[0] ?? '',
      lang: doc.lang,
      byline: null,
      published: null,
      siteName: doc.docid.replace(/^\d+-/, ''),
      text: doc.segments.join('\n'),
      paragraphs: doc.segments.slice(1),
      alternates: [],
      anchors: [],
      savedAt: savedFrom + index * 60_000,
    };
  };

  const variant = (index: number): LibraryEntry => {
    const rng = random(index * 2654435761);
    const base = documents[Math.floor(rng() * documents.length)]!;
    const pool = pools.get(base.lang)!;
    const replaceShare = 0.7 + 0.3 * rng();
    const yearShift = rng() < 1 / 3 ? 0 : (rng() < 0.5 ? -1 : 1) * (1 + Math.floor(rng() * 6));

    const names = new Map<string, string>();
    const renameWord = (word: string) => {
      if (!pool.names.has(word)) return word;
      let to = names.get(word);
      if (to === undefined) {
        to = rng() < replaceShare ? pool.occurrences[Math.floor(rng() * pool.occurrences.length)]! : word;
        names.set(word, to);
      }
      return to;
    };
    const numbers = new Map<string, string>();
    const renumber = (number: string) => {
      let to = numbers.get(number);
      if (to !== undefined) return to;
      if (YEAR.test(number)) to = String(Number(number) + yearShift);
      else if (number.replace(/\D/g, '').length < 2 || rng() >= 0.85) to = number;
      else {
        let first = true;
        to = number.replace(/\d/g, () => {
          const digit = first ? 1 + Math.floor(rng() * 9) : Math.floor(rng() * 10);
          first = false;
          return String(digit);
        });
      }
      numbers.set(number, to);
      return to;
    };
    const vary = (segment: string) => segment.replace(WORD, renameWord).replace(NUMBER, renumber);

    const body = base.segments.slice(1);
    if (rng() < 0.5) {
      for (let i = body.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [body[i], body[j]] = [body[j]!, body[i]!];
      }
    }
    const keep = Math.min(body.length, Math.max(3, Math.round(body.length * (0.35 + 0.65 * rng()))));
    const title = vary(base.segments[0] ?? '');
    const paragraphs = body.slice(0, keep).map(vary);
    const site = base.docid.replace(/^\d+-/, '');
    const id = syntheticId(base.lang, index, site);
    return {
      id,
      url: id,
      title,
      lang: base.lang,
      byline: null,
      published: null,
      siteName: site,
      text: [title, ...paragraphs].join('\n'),
      paragraphs,
      alternates: [],
      anchors: [],
      savedAt: savedFrom + index * 60_000,
    };
  };

  return {
    size: documents.length,
    article: (index) => (index < documents.length ? realArticle(index) : variant(index)),
  };
}
