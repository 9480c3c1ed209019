/**
 * `cli align A B [--presegmented] [--lang-a xx] [--lang-b yy] [--format json|tsv|tmx]` (the
 * outside contract, ../shared/CONTRACT.md): aligns two texts sentence by sentence. Without
 * --presegmented the paragraphs (blank-line separated) and sentences are found; with it, each
 * non-empty line is one sentence (blank lines still separate paragraphs). Languages are detected
 * unless given. JSON: `{ a: {lang, sentences}, b: {lang, sentences}, pairs: [{a, b, score}] }`.
 * Sentences past MAX_ALIGNED_SENTENCES on a side are listed unpaired, with a warning on stderr.
 */
import { alignSentences, MAX_ALIGNED_SENTENCES } from '../../utils/align/align-sentences.ts';
import { detectLanguage } from '../../utils/language/detect-language.ts';
import { alignmentToTmx, alignmentToTsv } from '../../utils/align/export-alignment.ts';
import { normalizeLang } from '../../utils/language/lang-codes.ts';
import { segmentText } from '../../utils/language/segment-sentences.ts';
import type { LangCode, SegmentedText } from '../../utils/types.ts';
import { CliError, parseArgs, printJson, readText, type CliCommand } from './io.ts';

/**
 * The largest text aligned (bytes a side): several books' length. Longer texts are refused
 * with a message rather than aligned for minutes.
 */
export const MAX_ALIGN_BYTES = 16 * 1024 * 1024;

const USAGE = 'usage: cli align A B [--presegmented] [--lang-a xx] [--lang-b yy] [--format json|tsv|tmx]';

/** One sentence a non-empty line; blank lines separate paragraphs. */
export function presegmented(text: string, lang: LangCode): SegmentedText {
  const sentences: string[] = [];
  const paragraphOf: number[] = [];
  let paragraph = 0;
  let open = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const sentence = line.trim();
    if (!sentence) {
      if (open) paragraph++;
      open = false;
      continue;
    }
    sentences.push(sentence);
    paragraphOf.push(paragraph);
    open = true;
  }
  return { lang, sentences, paragraphOf };
}

function languageOf(text: string, flag: string | true | undefined, option: string): LangCode {
  if (typeof flag === 'string') {
    const lang = normalizeLang(flag);
    if (lang === 'und' && flag.trim().toLowerCase() !== 'und')
      throw new CliError(`--${option}: not a language code: "${flag}"`);
    return lang;
  }
  return detectLanguage(text).lang;
}

export const run: CliCommand = async (args) => {
  const { positional, flags } = parseArgs(args, ['presegmented'], ['lang-a', 'lang-b', 'format']);
  if (positional.length !== 2) throw new CliError(USAGE);
  const [pathA, pathB] = positional as [string, string];
  if (pathA === '-' && pathB === '-') throw new CliError('only one of A and B can be standard input');
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'tsv' && format !== 'tmx')
    throw new CliError(`--format must be json, tsv or tmx, not "${String(format)}"`);
  const [textA, textB] = await Promise.all([readText(pathA, MAX_ALIGN_BYTES), readText(pathB, MAX_ALIGN_BYTES)]);
  const sides = [
    { path: pathA, text: textA, flag: flags.get('lang-a'), option: 'lang-a' },
    { path: pathB, text: textB, flag: flags.get('lang-b'), option: 'lang-b' },
  ].map(({ path, text, flag, option }) => {
    const lang = languageOf(text, flag, option);
    const segmented = flags.has('presegmented') ? presegmented(text, lang) : segmentText(text, lang);
    if (segmented.sentences.length === 0)
      throw new CliError(`${path === '-' ? 'standard input' : path} is empty: no text to align`);
    return segmented;
  });
  const [a, b] = sides as [SegmentedText, SegmentedText];
  let truncated = false;
  const beads = alignSentences(a, b, { onStats: (stats) => (truncated = stats.truncated) });
  if (truncated) {
    process.stderr.write(
      `align: only the first ${MAX_ALIGNED_SENTENCES} sentences of each side were aligned; the others are listed unpaired\n`,
    );
  }
  if (format === 'tsv') {
    process.stdout.write(alignmentToTsv(a, b, beads));
  } else if (format === 'tmx') {
    process.stdout.write(alignmentToTmx(a, b, beads));
  } else {
    printJson({
      a: { lang: a.lang, sentences: a.sentences },
      b: { lang: b.lang, sentences: b.sentences },
      pairs: beads.map((bead) => ({ a: bead.a, b: bead.b, score: bead.score })),
    });
  }
  return 0;
};
