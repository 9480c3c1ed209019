/**
 * A card: what the library keeps of an article beside it, without its text: what finding a
 * counterpart needs (language, title, date, anchors, probe keys), what the options page
 * lists (address, site, time saved) and the fingerprint of its text. Cards, postings and
 * frequencies are derived from the articles: a damaged one is skipped and rebuilt from them
 * (checks here, pure).
 */
import { isRecord } from '../is-record.ts';
import { primaryLang } from '../language/lang-codes.ts';
import type { LibraryEntry } from '../types.ts';
import { contentHash } from './content-hash.ts';
import { probeKeys } from './probes.ts';

/** A posting: a probe key, the article's primary language and its id: `["w:putin", "ru", "https://…"]`. */
export type PostingKey = [key: string, lang: string, id: string];

export interface LibraryCard {
  id: string;
  lang: string;
  title: string;
  published: string | null;
  anchors: string[];
  /** Its probe keys (probes.ts), each once. */
  keys: string[];
  url: string;
  siteName: string | null;
  savedAt: number;
  /** The fingerprint of its text (content-hash.ts); absent for a text too short to compare. */
  hash?: string;
}

export function cardOf(entry: LibraryEntry): LibraryCard {
  const card: LibraryCard = {
    id: entry.id,
    lang: entry.lang,
    title: entry.title,
    published: entry.published,
    anchors: entry.anchors,
    keys: probeKeys(entry.anchors),
    url: entry.url,
    siteName: entry.siteName,
    savedAt: entry.savedAt,
  };
  const hash = contentHash(entry.text);
  if (hash !== undefined) card.hash = hash;
  return card;
}

/** The postings of a card (none for a card of the wrong shape). */
export function postingsOf(card: LibraryCard | undefined): PostingKey[] {
  if (!card || !Array.isArray(card.keys) || typeof card.lang !== 'string') return [];
  const lang = primaryLang(card.lang);
  return card.keys.map((key): PostingKey => [key, lang, card.id]);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** Whether a record of `cards` has every field a card has, of the right type. */
export function isCard(value: unknown): value is LibraryCard {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.lang) &&
    isString(value.title) &&
    (value.published === null || isString(value.published)) &&
    isStrings(value.anchors) &&
    isStrings(value.keys) &&
    isString(value.url) &&
    (value.siteName === null || isString(value.siteName)) &&
    typeof value.savedAt === 'number' &&
    Number.isFinite(value.savedAt) &&
    (value.hash === undefined || isString(value.hash))
  );
}

/** Whether a key of `postings` is a posting: three strings. */
export function isPostingKey(value: unknown): value is PostingKey {
  return Array.isArray(value) && value.length === 3 && value.every(isString);
}
