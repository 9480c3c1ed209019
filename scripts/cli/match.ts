/**
 * `cli match LIBRARY.jsonl QUERIES.jsonl [--lang xx]` (the outside contract,
 * ../shared/CONTRACT.md): for each query, the stored articles most likely to be its counterpart,
 * best first. Input lines are `{"id","lang","title","text"}` (`lang` may be missing: then
 * detected).
 *
 * Output: `{ "threshold", "results": [ { "query", "lang", "match", "candidates": [ { "id", "score" } ] } ] }`:
 * up to MAX_CANDIDATES candidates scoring at least CANDIDATE_FLOOR; `match` is the first
 * candidate when it reaches MATCH_THRESHOLD (the same story), else null.
 */
import { detectLanguage } from '../../utils/language/detect-language.ts';
import { normalizeLang } from '../../utils/language/lang-codes.ts';
import { MATCH_THRESHOLD, rankCounterparts, type MatchCandidate } from '../../utils/match/rank-counterparts.ts';
import { storyAnchors } from '../../utils/match/story-anchors.ts';
import { CliError, parseArgs, printJson, readText, type CliCommand } from './io.ts';

/** Candidates below this score are not listed. */
export const CANDIDATE_FLOOR = 0.05;
/** At most this many candidates a query. */
export const MAX_CANDIDATES = 5;

export interface MatchArticle {
  id: string;
  lang: string;
  title: string;
  text: string;
  url?: string;
  published?: string | null;
}

/** Parses a JSONL file of articles; a bad line is an error naming the file and line. */
export function parseArticles(content: string, name: string): MatchArticle[] {
  const articles: MatchArticle[] = [];
  const seen = new Set<string>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${name}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`${where}: not a JSON object (one {"id","lang","title","text"} a line)`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CliError(`${where}: not a JSON object (one {"id","lang","title","text"} a line)`);
    }
    const record = value as Record<string, unknown>;
    const { id, lang, title, text, url, published } = record;
    if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '')
      throw new CliError(`${where}: "id" is missing`);
    if (typeof text !== 'string' || !text.trim()) throw new CliError(`${where}: "text" is missing or empty`);
    if (title !== undefined && title !== null && typeof title !== 'string')
      throw new CliError(`${where}: "title" is not a string`);
    if (lang !== undefined && lang !== null && typeof lang !== 'string')
      throw new CliError(`${where}: "lang" is not a string`);
    const key = String(id);
    if (seen.has(key)) throw new CliError(`${where}: id "${key}" appears twice`);
    seen.add(key);
    const declared = typeof lang === 'string' && lang.trim() ? normalizeLang(lang) : undefined;
    articles.push({
      id: key,
      lang: declared && declared !== 'und' ? declared : detectLanguage(text).lang,
      title: typeof title === 'string' ? title : '',
      text,
      ...(typeof url === 'string' ? { url } : {}),
      ...(typeof published === 'string' ? { published } : {}),
    });
  });
  if (articles.length === 0) throw new CliError(`${name} holds no articles`);
  return articles;
}

export interface MatchResult {
  query: string;
  lang: string;
  match: string | null;
  candidates: Array<{ id: string; score: number }>;
}

/** Matches every query against the library (the code behind `cli match`). */
export function matchArticles(library: MatchArticle[], queries: MatchArticle[], lang?: string): MatchResult[] {
  const stored: MatchCandidate[] = library.map((article) => ({
    id: article.id,
    lang: article.lang,
    anchors: storyAnchors(article),
    published: article.published ?? null,
  }));
  const frequency = new Map<string, number>();
  for (const entry of stored)
    for (const anchor of entry.anchors) frequency.set(anchor, (frequency.get(anchor) ?? 0) + 1);
  const documentFrequency = (anchor: string) => frequency.get(anchor) ?? 0;
  const pool = lang ? stored.filter((entry) => entry.lang === lang) : stored;

  return queries.map((query) => {
    const ranked = rankCounterparts(
      { anchors: storyAnchors(query), lang: query.lang, published: query.published ?? null },
      pool.filter((entry) => entry.id !== query.id),
      { documentFrequency, librarySize: stored.length, limit: MAX_CANDIDATES },
    ).filter((candidate) => candidate.score >= CANDIDATE_FLOOR);
    const best = ranked[0];
    return {
      query: query.id,
      lang: query.lang,
      match: best && best.score >= MATCH_THRESHOLD ? best.id : null,
      candidates: ranked,
    };
  });
}

export const run: CliCommand = async (args) => {
  const { positional, flags } = parseArgs(args, [], ['lang']);
  if (positional.length !== 2) throw new CliError('usage: cli match LIBRARY.jsonl QUERIES.jsonl [--lang xx]');
  const [libraryPath, queriesPath] = positional as [string, string];
  const langFlag = flags.get('lang');
  let lang: string | undefined;
  if (typeof langFlag === 'string') {
    lang = normalizeLang(langFlag);
    if (lang === 'und') throw new CliError(`--lang ${langFlag}: not a language code`);
  }
  const library = parseArticles(await readText(libraryPath), libraryPath);
  const queries = parseArticles(await readText(queriesPath), queriesPath);
  printJson({ threshold: MATCH_THRESHOLD, results: matchArticles(library, queries, lang) });
  return 0;
};
