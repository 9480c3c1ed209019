/**
 * Library matching as the extension does it: the 894 newstest2014 documents stored
 * in the real LibraryStorage (over fake-indexeddb in Node: the same code and requests as in
 * the browser), each German, French and Russian document looked up with findCounterparts —
 * the probe-key search, then the ranking of its best candidates. recall@1: the first English
 * result is the true counterpart (the panel takes the first match in the language asked for).
 */
import 'fake-indexeddb/auto';
import type { NewstestDocument } from '../../data/newstest.ts';
import { LibraryStorage, type LookupTrace } from '../../../utils/library/storage-idb.ts';
import type { LibraryEntry } from '../../../utils/types.ts';
import { storyAnchors } from '../../../utils/match/story-anchors.ts';

export interface LibraryRecall {
  /** top1: the first English candidate ranked is the true counterpart (threshold or not); accepted: at or above the threshold. */
  byLang: Map<string, { queries: number; top1: number; accepted: number; acceptedRight: number }>;
  medianMs: number;
}

export async function recallThroughLibrary(documents: readonly NewstestDocument[]): Promise<LibraryRecall> {
  const library = await LibraryStorage.open(`bench-matching-${Date.now()}`);
  const entries: LibraryEntry[] = documents.map((doc, i) => ({
    id: doc.id,
    url: doc.id,
    title: doc.title,
    lang: doc.lang,
    byline: null,
    published: null,
    siteName: null,
    text: doc.text,
    paragraphs: doc.segments,
    alternates: [],
    anchors: storyAnchors({ title: doc.title, text: doc.text, lang: doc.lang }),
    savedAt: i,
  }));
  await library.importEntries(entries);
  const byLang: LibraryRecall['byLang'] = new Map();
  const times: number[] = [];
  for (const [i, doc] of documents.entries()) {
    if (doc.lang === 'en') continue;
    const t0 = performance.now();
    const trace: LookupTrace = { now: () => performance.now(), phases: {} };
    const matches = await library.findCounterparts(
      { anchors: entries[i]!.anchors, lang: doc.lang, published: null, id: doc.id },
      trace,
    );
    times.push(performance.now() - t0);
    const truth = `en:${doc.docid}`;
    const stats = byLang.get(doc.lang) ?? { queries: 0, top1: 0, accepted: 0, acceptedRight: 0 };
    byLang.set(doc.lang, stats);
    stats.queries += 1;
    if (trace.ranked?.find((m) => m.lang === 'en')?.id === truth) stats.top1 += 1;
    const accepted = matches.find((m) => m.lang === 'en');
    if (accepted) {
      stats.accepted += 1;
      if (accepted.id === truth) stats.acceptedRight += 1;
    }
  }
  library.close();
  times.sort((a, b) => a - b);
  return { byLang, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}
