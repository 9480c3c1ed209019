/**
 * `npm run bench -- alignment`: sentence alignment quality and speed.
 * - Text+Berg de–fr gold (../shared/data/textberg): strict and lax P/R/F1 over test0–6
 *   together, through the CLI (`cli align A B --presegmented --lang-a de --lang-b fr`), and
 *   over dev (the set the aligner's weights were tuned on), beside the published figures.
 * - The seed pair from its raw files: sentences equal to gold.json's, gold beads found.
 * - Scale: a 20,000 × 20,000-sentence pair built from newstest2014 de–en documents
 *   (repeated in shuffled order, with omissions and merged sentences): time, peak memory
 *   and the share of gold beads found.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../../utils/align/align-sentences.ts';
import {
  alignmentScores,
  countAlignment,
  emptyCounts,
  parseBeadLines,
  type AlignmentScores,
} from '../../utils/align/evaluate-alignment.ts';
import { segmentText } from '../../utils/language/segment-sentences.ts';
import type { Bead, SegmentedText } from '../../utils/types.ts';
import { parseNewstestSgml } from '../data/newstest.ts';
import { repoRoot, sharedDataPath } from '../data/shared-data.ts';

const out = (line: string): void => {
  process.stdout.write(line + '\n');
};

function fmt(s: AlignmentScores): string {
  const f = (x: number): string => x.toFixed(3);
  return `strict P ${f(s.strict.precision)} R ${f(s.strict.recall)} F1 ${f(s.strict.f1)} | lax P ${f(s.lax.precision)} R ${f(s.lax.recall)} F1 ${f(s.lax.f1)}`;
}

/** Paired beads by confidence band: how many, and how many exactly right. */
const BANDS = [0, 0.5, 0.8, 1.01];

function textbergViaCli(names: string[], calibration?: { all: number[]; right: number[] }): AlignmentScores {
  const counts = emptyCounts();
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  for (const name of names) {
    const a = sharedDataPath('textberg', `${name}.de`);
    const b = sharedDataPath('textberg', `${name}.fr`);
    const json = execFileSync(
      tsx,
      ['scripts/cli.ts', 'align', a, b, '--presegmented', '--lang-a', 'de', '--lang-b', 'fr'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
    const result = JSON.parse(json) as { pairs: Bead[] };
    const gold = parseBeadLines(readFileSync(sharedDataPath('textberg', `${name}.defr`), 'utf8'));
    countAlignment(gold, result.pairs, counts);
    if (calibration) {
      const right = new Set(gold.map((x) => `${x.a.join(',')}:${x.b.join(',')}`));
      for (const bead of result.pairs) {
        if (!bead.a.length || !bead.b.length) continue;
        const k = BANDS.findIndex((x, i) => (bead.score ?? 0) >= x && (bead.score ?? 0) < BANDS[i + 1]!);
        calibration.all[k]!++;
        if (right.has(`${bead.a.join(',')}:${bead.b.join(',')}`)) calibration.right[k]!++;
      }
    }
  }
  return alignmentScores(counts);
}

function seed(): void {
  const gold = JSON.parse(readFileSync(sharedDataPath('seed', 'gold.json'), 'utf8')) as {
    en: string[];
    de: string[];
    pairs: { en: number[]; de: number[] }[];
  };
  const en = segmentText(readFileSync(sharedDataPath('seed', 'en.txt'), 'utf8'), 'en');
  const de = segmentText(readFileSync(sharedDataPath('seed', 'de.txt'), 'utf8'), 'de');
  const article = (s: SegmentedText, want: string[]): boolean => {
    const kept = s.sentences.filter((x) => want.includes(x));
    return kept.length === want.length && kept.every((x, k) => x === want[k]);
  };
  const beads = alignSentences(en, de);
  const key = (a: string[], b: string[]): string => `${a.join(',')}:${b.join(',')}`;
  const found = new Set(
    beads.map((x) =>
      key(
        x.a.map((i) => en.sentences[i]!),
        x.b.map((j) => de.sentences[j]!),
      ),
    ),
  );
  const right = gold.pairs.filter((p) =>
    found.has(
      key(
        p.en.map((i) => gold.en[i]!),
        p.de.map((j) => gold.de[j]!),
      ),
    ),
  ).length;
  out(
    `seed: segmentation ${article(en, gold.en) && article(de, gold.de) ? 'exact' : 'WRONG'} ` +
      `(${en.sentences.length} en / ${de.sentences.length} de sentences incl. page chrome); ` +
      `gold beads found ${right}/${gold.pairs.length}`,
  );
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seedValue: number): () => number {
  let t = seedValue >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A large real-text pair with known alignment: newstest de–en documents, shuffled and repeated. */
export function buildLargePair(size: number): { a: SegmentedText; b: SegmentedText; gold: Bead[] } {
  const read = (file: string, lang: string) =>
    parseNewstestSgml(readFileSync(sharedDataPath('newstest2014', file), 'utf8'), lang);
  const de = read('newstest2014-deen-src.de.sgm', 'de');
  const en = read('newstest2014-deen-ref.en.sgm', 'en');
  const rnd = random(20_000);
  const a: SegmentedText = { lang: 'de', sentences: [], paragraphOf: [] };
  const b: SegmentedText = { lang: 'en', sentences: [], paragraphOf: [] };
  const gold: Bead[] = [];
  let paragraph = 0;
  while (a.sentences.length < size) {
    const d = Math.floor(rnd() * de.length);
    const sa = de[d]!.segments;
    const sb = en[d]!.segments;
    for (let k = 0; k < sa.length && a.sentences.length < size; k++) {
      const i = a.sentences.length;
      a.sentences.push(sa[k]!);
      a.paragraphOf.push(paragraph);
      const r = rnd();
      if (r < 0.03) {
        gold.push({ a: [i], b: [] }); // omitted in the translation
      } else if (r < 0.08 && k + 1 < sa.length && a.sentences.length < size) {
        // two sentences translated as one
        a.sentences.push(sa[k + 1]!);
        a.paragraphOf.push(paragraph);
        b.sentences.push(`${sb[k]!} ${sb[k + 1]!}`);
        b.paragraphOf.push(paragraph);
        gold.push({ a: [i, i + 1], b: [b.sentences.length - 1] });
        k++;
      } else {
        b.sentences.push(sb[k]!);
        b.paragraphOf.push(paragraph);
        gold.push({ a: [i], b: [b.sentences.length - 1] });
      }
    }
    paragraph++;
  }
  // pad B to the same size with sentences only it has, at the end (an added postscript)
  let extra = 0;
  while (b.sentences.length < size) {
    b.sentences.push(en[extra % en.length]!.segments[0]!);
    b.paragraphOf.push(paragraph);
    gold.push({ a: [], b: [b.sentences.length - 1] });
    extra++;
  }
  return { a, b, gold };
}

function scale(size: number): void {
  const { a, b, gold } = buildLargePair(size);
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const beads = alignSentences(a, b);
  const seconds = (performance.now() - started) / 1000;
  const after = process.memoryUsage();
  const key = (x: Bead): string => `${x.a.join(',')}:${x.b.join(',')}`;
  const found = new Set(beads.map(key));
  const right = gold.filter((g) => found.has(key(g))).length;
  const counts = countAlignment(gold, beads);
  out(
    `scale ${a.sentences.length} × ${b.sentences.length} sentences (newstest de–en, shuffled/repeated, 3 % omissions, 5 % merges): ` +
      `${seconds.toFixed(2)} s; heap ${(before.heapUsed / 2 ** 20).toFixed(0)} → ${(after.heapUsed / 2 ** 20).toFixed(0)} MB, ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; exact gold beads ${((100 * right) / gold.length).toFixed(1)} %; ${fmt(alignmentScores(counts))}`,
  );
}

export async function run(): Promise<void> {
  const tests = ['test0', 'test1', 'test2', 'test3', 'test4', 'test5', 'test6'];
  out(
    'Text+Berg de–fr (strict F1 / lax F1 published: Gale–Church 0.675 / 0.791, hunalign 0.751 / 0.868, Vecalign 0.902 / 0.986, Bertalign 0.936 / 0.989)',
  );
  const calibration = { all: [0, 0, 0], right: [0, 0, 0] };
  out(`  test0–6 via CLI: ${fmt(textbergViaCli(tests, calibration))}`);
  out(
    `  confidence on test: ` +
      calibration.all
        .map(
          (all, k) =>
            `score ${BANDS[k]}–${Math.min(1, BANDS[k + 1]!)}: ${all} beads, ${((100 * calibration.right[k]!) / Math.max(1, all)).toFixed(0)} % exact`,
        )
        .join('; '),
  );
  out(`  dev (tuned on):  ${fmt(textbergViaCli(['dev']))}`);
  seed();
  scale(20_000);
}
