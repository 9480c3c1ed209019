/**
 * Reader for the newstest2014 SGML files (../shared/data/newstest2014, see its README):
 * documents of `<seg>` sentences with docids. Shared by the matching tests and benchmark.
 */
import { readFileSync } from 'node:fs';
import { sharedDataPath } from './shared-data.ts';

export interface NewstestDocument {
  /** `<lang>:<docid>`, e.g. `de:10023-schwarzwaelder-bote.de`. */
  id: string;
  docid: string;
  lang: string;
  origlang: string;
  /** The first segment. */
  title: string;
  /** All segments, one a line. */
  text: string;
  segments: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Parses one newstest SGML file's text into documents of the given language. */
export function parseNewstestSgml(sgml: string, lang: string): NewstestDocument[] {
  const documents: NewstestDocument[] = [];
  const docPattern = /<doc\b([^>]*)>([\s\S]*?)<\/doc>/g;
  for (const match of sgml.matchAll(docPattern)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const docid = /\bdocid="([^"]*)"/.exec(attributes)?.[1];
    if (!docid) throw new Error(`newstest: a <doc> without docid (${attributes.trim()})`);
    const origlang = /\boriglang="([^"]*)"/.exec(attributes)?.[1] ?? 'und';
    const segments = [...body.matchAll(/<seg\b[^>]*>([\s\S]*?)<\/seg>/g)].map((seg) => unescape((seg[1] ?? '').trim()));
    documents.push({
      id: `${lang}:${docid}`,
      docid,
      lang,
      origlang,
      title: segments[0] ?? '',
      text: segments.join('\n'),
      segments,
    });
  }
  return documents;
}

export interface NewstestCorpus {
  /** The 379 distinct English documents (deduplicated by docid). */
  english: NewstestDocument[];
  /** The German, French and Russian documents (164 + 176 + 175). */
  foreign: NewstestDocument[];
  /** english + foreign: the 894 documents. */
  all: NewstestDocument[];
}

const PAIRS = ['de', 'fr', 'ru'] as const;

/** Reads the whole newstest2014 set from the shared data folder. */
export function loadNewstest(): NewstestCorpus {
  const english = new Map<string, NewstestDocument>();
  const foreign: NewstestDocument[] = [];
  for (const lang of PAIRS) {
    const read = (file: string, fileLang: string) =>
      parseNewstestSgml(readFileSync(sharedDataPath('newstest2014', file), 'utf8'), fileLang);
    foreign.push(...read(`newstest2014-${lang}en-src.${lang}.sgm`, lang));
    for (const doc of read(`newstest2014-${lang}en-ref.en.sgm`, 'en')) {
      if (!english.has(doc.docid)) english.set(doc.docid, doc);
    }
  }
  const englishDocs = [...english.values()];
  return { english: englishDocs, foreign, all: [...englishDocs, ...foreign] };
}
