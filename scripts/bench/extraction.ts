/**
 * Extraction and detection benchmark, in Node with jsdom:
 * - Zyte article-extraction benchmark (../shared/data/article-extraction-benchmark, 181 pages):
 *   precision, recall and F1 of the article body as its README defines them (4-token shingles,
 *   per-document normalised, averaged), for our extractor and for Readability.js alone, in the
 *   same run; the scorer is first checked against the benchmark's recorded Readability.js output.
 * - Article detection on Readability's 130 test pages (`readerable` in expected-metadata.json):
 *   accuracy, false positives and negatives, and detection time in jsdom (the real-browser
 *   page-load figures come from a separate benchmark).
 * - Language: how often the declared language and franc on the extracted text agree.
 * `BENCH_LIMIT=20 npm run bench -- extraction` runs on the first pages only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtmlNode } from '../cli/parse-html-node.ts';
import { sharedDataPath } from '../data/shared-data.ts';
import { readArticleMetadata } from '../../utils/page/article-metadata.ts';
import { detectArticle } from '../../utils/page/detect-article.ts';
import { detectLanguage } from '../../utils/language/detect-language.ts';
import { extractArticle } from '../../utils/extract/extract-article.ts';
import { normalizeLang } from '../../utils/language/lang-codes.ts';

type Counts = [tp: number, fp: number, fn: number];

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - n + 1); i++) {
    const shingle = words.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** tp/fp/fn of one document's shingles, normalised to sum 1 (the benchmark's evaluate.py, restated). */
export function shingleCounts(truth: string, prediction: string): Counts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function scores(counts: Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(
    counts.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))),
  );
  const recall = mean(
    counts.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))),
  );
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function line(name: string, s: { precision: number; recall: number; f1: number }): string {
  return `${name.padEnd(28)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
}

const limit = Number(process.env['BENCH_LIMIT'] ?? '0') || Infinity;

function zyte(): void {
  const root = sharedDataPath('article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(`${root}/ground-truth.json`, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const reference = JSON.parse(readFileSync(`${root}/reference-outputs/readability_js.json`, 'utf8')) as {
    output: Record<string, { articleBody?: string }>;
  };
  const ids = Object.keys(truth).sort().slice(0, limit);
  const check = scores(ids.map((id) => shingleCounts(truth[id]!.articleBody, reference.output[id]?.articleBody ?? '')));
  process.stdout.write(
    `Zyte benchmark, ${ids.length} pages\n${line('scorer check (recorded R.js)', check)}   (the benchmark's README: P 0.914 R 0.982 F1 0.947 on 181)\n`,
  );

  const ours: Counts[] = [];
  const readabilityAlone: Counts[] = [];
  const worst: { id: string; p: number; r: number }[] = [];
  let notArticle = 0;
  const times: number[] = [];
  for (const id of ids) {
    const html = gunzipSync(readFileSync(`${root}/html/${id}.html.gz`)).toString('utf8');
    const url = truth[id]!.url;
    const doc = parseHtmlNode(html, url);
    let baseline: string;
    try {
      baseline = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      baseline = '';
    }
    readabilityAlone.push(shingleCounts(truth[id]!.articleBody, baseline));
    const started = performance.now();
    const result = extractArticle(doc, url);
    times.push(performance.now() - started);
    if (!result.isArticle) notArticle++;
    const counts = shingleCounts(truth[id]!.articleBody, result.text);
    ours.push(counts);
    const [tp, fp, fn] = counts;
    worst.push({ id, p: tp + fp > 0 ? tp / (tp + fp) : 0, r: tp + fn > 0 ? tp / (tp + fn) : 0 });
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `${line('Readability.js alone', scores(readabilityAlone))}\n${line('ours (Readability + cleaning)', scores(ours))}\n`,
  );
  process.stdout.write(
    `pages ours took for non-articles: ${notArticle}; extraction time in jsdom: median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms\n`,
  );
  const byPrecision = [...worst].sort((a, b) => a.p - b.p).slice(0, 5);
  const byRecall = [...worst].sort((a, b) => a.r - b.r).slice(0, 5);
  process.stdout.write(
    `lowest precision: ${byPrecision.map((w) => `${w.id.slice(0, 8)} ${w.p.toFixed(2)}`).join(', ')}\n`,
  );
  process.stdout.write(
    `lowest recall:    ${byRecall.map((w) => `${w.id.slice(0, 8)} ${w.r.toFixed(2)}`).join(', ')}\n`,
  );
}

function detection(): void {
  const root = sharedDataPath('readability-test-pages');
  const slugs = readdirSync(root)
    .filter((slug) => !slug.includes('.'))
    .sort()
    .slice(0, limit);
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  const times: number[] = [];
  let agree = 0;
  let disagree = 0;
  let undeclared = 0;
  const differences: string[] = [];
  /** [same as Readability's expected metadata, different], over pages where it has a value. */
  const fields: Record<'title' | 'byline' | 'published', [number, number]> = {
    title: [0, 0],
    byline: [0, 0],
    published: [0, 0],
  };
  const fold = (value: string | null | undefined) => (value ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (const slug of slugs) {
    const meta = JSON.parse(readFileSync(`${root}/${slug}/expected-metadata.json`, 'utf8')) as {
      readerable: boolean;
      title: string | null;
      byline: string | null;
      publishedTime: string | null;
    };
    const url = 'http://fakehost/test/page.html';
    const doc = parseHtmlNode(readFileSync(`${root}/${slug}/source.html`, 'utf8'), url);
    const started = performance.now();
    const { isArticle } = detectArticle(doc);
    times.push(performance.now() - started);
    if (isArticle && !meta.readerable) falsePositives.push(slug);
    if (!isArticle && meta.readerable) falseNegatives.push(slug);
    if (meta.readerable) {
      const declared = normalizeLang(readArticleMetadata(doc, url).declaredLang);
      const extracted = extractArticle(doc, url);
      const text = extracted.text;
      const same = (a: string | null | undefined, b: string | null | undefined) => fold(a) === fold(b);
      if (meta.title) fields.title[same(meta.title, extracted.title) ? 0 : 1]++;
      if (meta.byline) fields.byline[fold(meta.byline).includes(fold(extracted.byline)) && extracted.byline ? 0 : 1]++;
      if (meta.publishedTime)
        fields.published[(extracted.published ?? '').slice(0, 10) === meta.publishedTime.slice(0, 10) ? 0 : 1]++;
      const guessed = detectLanguage(text).lang;
      if (declared === 'und') undeclared++;
      else if (declared === guessed) agree++;
      else {
        disagree++;
        differences.push(`${slug} declared ${declared}, franc ${guessed} → ${detectLanguage(text, declared).lang}`);
      }
    }
  }
  times.sort((a, b) => a - b);
  const right = slugs.length - falsePositives.length - falseNegatives.length;
  process.stdout.write(
    `\nDetection on Readability test pages: ${right}/${slugs.length} right (${((100 * right) / slugs.length).toFixed(1)} %)\n`,
  );
  process.stdout.write(`false positives (${falsePositives.length}): ${falsePositives.join(', ') || '—'}\n`);
  process.stdout.write(`false negatives (${falseNegatives.length}): ${falseNegatives.join(', ') || '—'}\n`);
  process.stdout.write(
    `detectArticle time in jsdom (much slower than a browser): median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(1)} ms\n`,
  );
  process.stdout.write(
    `\nMetadata vs Readability's expected values (same/different): title ${fields.title.join('/')}, byline ${fields.byline.join('/')}, published date ${fields.published.join('/')}\n`,
  );
  process.stdout.write(
    `\nLanguage, declared vs franc on the extracted text: ${agree} agree, ${disagree} differ, ${undeclared} undeclared\n`,
  );
  for (const difference of differences) process.stdout.write(`  ${difference}\n`);
}

export async function run(): Promise<void> {
  zyte();
  detection();
}
