/**
 * Library matching on newstest2014: all 894 documents stored, each German, French
 * and Russian document queried with --lang en; prints recall@1 by language, precision of the
 * accepted matches (score ≥ MATCH_THRESHOLD), how many fall below it, how many would be wrongly
 * accepted when the true counterpart is missing from the library, and time per query; then
 * isSameStory (alternate verification, no library statistics) on the true pairs, on random
 * other pairs, and on the hardest other pairs (the best wrong candidate of each query).
 */
import {
  MATCH_THRESHOLD,
  isSameStory,
  rankCounterparts,
  type MatchCandidate,
} from '../../utils/match/rank-counterparts.ts';
import { storyAnchors } from '../../utils/match/story-anchors.ts';
import { loadNewstest } from '../data/newstest.ts';
import { recallThroughLibrary } from './matching/through-library.ts';

export async function run(): Promise<void> {
  const corpus = loadNewstest();
  const started = performance.now();
  const stored: Array<MatchCandidate & { docid: string }> = corpus.all.map((doc) => ({
    id: doc.id,
    docid: doc.docid,
    lang: doc.lang,
    anchors: storyAnchors({ title: doc.title, text: doc.text, lang: doc.lang }),
  }));
  const storeMs = (performance.now() - started) / stored.length;
  const frequency = new Map<string, number>();
  for (const entry of stored)
    for (const anchor of entry.anchors) frequency.set(anchor, (frequency.get(anchor) ?? 0) + 1);
  const options = {
    documentFrequency: (anchor: string) => frequency.get(anchor) ?? 0,
    librarySize: stored.length,
    limit: 5,
  };
  const english = stored.filter((entry) => entry.lang === 'en');
  const queries = stored.filter((entry) => entry.lang !== 'en');

  const hardest = new Map<string, string>();
  const byLang = new Map<
    string,
    { queries: number; top1: number; accepted: number; acceptedRight: number; falseAccepted: number }
  >();
  const times: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    const ranked = rankCounterparts(query, english, options);
    times.push(performance.now() - t0);
    const stats = byLang.get(query.lang) ?? { queries: 0, top1: 0, accepted: 0, acceptedRight: 0, falseAccepted: 0 };
    byLang.set(query.lang, stats);
    const truth = `en:${query.docid}`;
    const wrong = ranked.find((r) => r.id !== truth);
    if (wrong) hardest.set(query.id, wrong.id);
    stats.queries++;
    if (ranked[0]?.id === truth) stats.top1++;
    if ((ranked[0]?.score ?? 0) >= MATCH_THRESHOLD) {
      stats.accepted++;
      if (ranked[0]?.id === truth) stats.acceptedRight++;
    }
    // The same query with its counterpart missing from the library: it should find nothing.
    const without = rankCounterparts(
      query,
      english.filter((entry) => entry.id !== truth),
      { ...options, limit: 1 },
    );
    if ((without[0]?.score ?? 0) >= MATCH_THRESHOLD) stats.falseAccepted++;
  }

  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-') + '%';
  const total = { queries: 0, top1: 0, accepted: 0, acceptedRight: 0, falseAccepted: 0 };
  console.log(
    `newstest2014: ${stored.length} documents stored (${english.length} English), ${queries.length} queries, --lang en, threshold ${MATCH_THRESHOLD}`,
  );
  console.log(
    'lang  queries  recall@1  accepted  precision(accepted)  below-threshold  false-accept(counterpart removed)',
  );
  for (const [lang, s] of [...byLang.entries()].sort()) {
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += s[key];
    console.log(
      `${lang.padEnd(4)}  ${String(s.queries).padStart(7)}  ${(s.top1 / s.queries).toFixed(3).padStart(8)}  ${String(s.accepted).padStart(8)}  ${pct(s.acceptedRight, s.accepted).padStart(19)}  ${String(s.queries - s.accepted).padStart(15)}  ${String(s.falseAccepted).padStart(6)}`,
    );
  }
  console.log(
    `all   ${String(total.queries).padStart(7)}  ${(total.top1 / total.queries).toFixed(3).padStart(8)}  ${String(total.accepted).padStart(8)}  ${pct(total.acceptedRight, total.accepted).padStart(19)}  ${String(total.queries - total.accepted).padStart(15)}  ${String(total.falseAccepted).padStart(6)}`,
  );
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const avgAnchors = stored.reduce((sum, entry) => sum + entry.anchors.length, 0) / stored.length;
  console.log(
    `anchors: ${storeMs.toFixed(2)} ms a document, ${avgAnchors.toFixed(0)} anchors on average; ranking ${english.length} candidates: median ${median.toFixed(2)} ms, p95 ${(sorted[Math.floor(sorted.length * 0.95)] ?? 0).toFixed(2)} ms a query`,
  );

  // The same queries through the extension's own search (LibraryStorage.findCounterparts).
  const through = await recallThroughLibrary(corpus.all);
  const sum = { queries: 0, top1: 0, accepted: 0, acceptedRight: 0 };
  const perLang = [...through.byLang.entries()].sort().map(([lang, s]) => {
    for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += s[key];
    return `${lang} ${(s.top1 / s.queries).toFixed(3)}`;
  });
  console.log(
    `through LibraryStorage.findCounterparts (the extension's search: probe keys, best 50 candidates ranked; fake-indexeddb): recall@1 ${(sum.top1 / sum.queries).toFixed(3)} (${perLang.join(', ')}); ` +
      `accepted ${sum.accepted}/${sum.queries} (${sum.queries - sum.accepted} below the threshold), precision of accepted ${pct(sum.acceptedRight, sum.accepted)}; median ${through.medianMs.toFixed(1)} ms a lookup in Node`,
  );

  // isSameStory: as used to verify a fetched alternate-language page.
  const byId = new Map(corpus.all.map((doc) => [doc.id, doc]));
  const input = (id: string) => {
    const doc = byId.get(id)!;
    return { title: doc.title, text: doc.text, lang: doc.lang };
  };
  const t1 = performance.now();
  let truePairs = 0;
  let trueSame = 0;
  let randomPairs = 0;
  let randomSame = 0;
  let hardPairs = 0;
  let hardSame = 0;
  queries.forEach((query, index) => {
    truePairs++;
    if (isSameStory(input(query.id), input(`en:${query.docid}`)).same) trueSame++;
    const other = english[(index * 7919 + 13) % english.length]!;
    if (other.docid !== query.docid) {
      randomPairs++;
      if (isSameStory(input(query.id), input(other.id)).same) randomSame++;
    }
    const hard = hardest.get(query.id);
    if (hard) {
      hardPairs++;
      if (isSameStory(input(query.id), input(hard)).same) hardSame++;
    }
  });
  const calls = truePairs + randomPairs + hardPairs;
  console.log(
    `isSameStory: same story accepted ${trueSame}/${truePairs} (${pct(trueSame, truePairs)}); other story accepted: random ${randomSame}/${randomPairs}, hardest (best wrong candidate, often the same event from another newsroom) ${hardSame}/${hardPairs}; ${((performance.now() - t1) / calls).toFixed(2)} ms a call`,
  );
}
