/**
 * Sentence segmentation for news text: Intl.Segmenter with the text's locale, plus repairs
 * where it errs on scraped articles — glued sentences (`Affairs.During`), ordinals
 * (`die 29. Sitzung`), abbreviations (`Dr.`, `z. B.`, `U.S.`, `M.`), closing quotes after
 * the break (`« oui. »`), and unbounded runs with no sentence punctuation.
 *
 * Paragraphs are blank-line separated blocks; a single line break is always a sentence
 * boundary (scraped text puts headings, captions and page chrome on their own lines).
 * Pure: no DOM, runs in Node, extension pages and workers.
 */
import { segmentRules } from './segment-rules.ts';
import type { LangCode, SegmentedText } from '../types.ts';

/** Sentences longer than this (characters) are cut into pieces at the best nearby break. */
const MAX_SENTENCE = 1200;
/** Lines longer than this are pre-cut before Intl.Segmenter sees them (keeps memory and time bounded). */
const MAX_PIECE = 20_000;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: LangCode): Intl.Segmenter {
  const key = lang && lang !== 'und' ? lang : 'en';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Cuts `text` into pieces of at most `max` characters, preferring whitespace, then commas, then anywhere. */
function cutLong(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const floor = Math.floor(max * 0.5);
    let cut = -1;
    for (const pattern of [/[;:,，、；：]\s*/gu, /\s+/gu]) {
      let match: RegExpExecArray | null;
      let last = -1;
      pattern.lastIndex = floor;
      while ((match = pattern.exec(window)) !== null) {
        if (match.index >= floor) last = match.index + match[0].length;
        if (match[0].length === 0) pattern.lastIndex++;
      }
      if (last > floor && last < window.length) {
        cut = last;
        break;
      }
    }
    if (cut < 0) {
      cut = max;
      // never cut a surrogate pair in half
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Splits sentences that scraping glued together (`…of Foreign Affairs.During the…`): a
 * lower-case word of two or more letters, sentence punctuation, then a capitalised word that
 * is not part of a domain name or a two-letter code (`News.Az` stays whole).
 */
function splitGlued(text: string): string[] {
  const glued = /(\p{Ll}\p{Ll}[)"”’»]?|\d[)"”’»]?)([.!?…]+)(\p{Lu}\p{Ll}+)(?![./@]?[\p{L}\p{N}])/gu;
  const pieces: string[] = [];
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = glued.exec(text)) !== null) {
    const word = match[3]!;
    if (word.length < 3 && !segmentRules.isStarter(word)) continue;
    const cut = match.index + match[1]!.length + match[2]!.length;
    pieces.push(text.slice(start, cut));
    start = cut;
    glued.lastIndex = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

const CLOSERS: Record<string, string> = {
  '»': '«',
  '«': '»',
  '”': '“„',
  '“': '„',
  '’': '‘‚',
  '"': '"',
  ')': '(',
  ']': '[',
};

function count(text: string, chars: string): number {
  let n = 0;
  for (const ch of text) if (chars.includes(ch)) n++;
  return n;
}

/** Whether `ch` at the start of the next piece closes a quote or bracket left open in `left`. */
function closesOpen(left: string, ch: string): boolean {
  const openers = CLOSERS[ch];
  if (!openers) return false;
  if (ch === '"') return count(left, '"') % 2 === 1;
  return count(left, openers) > count(left, ch);
}

/** Whether the break between `left` and `right` (an Intl.Segmenter boundary) is not a sentence end. */
function isFalseBreak(left: string, right: string, lang: LangCode): boolean {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (!r) return true;
  if (/^\p{Ll}/u.test(r)) return true;
  if (!l.endsWith('.') || l.endsWith('..')) return false;
  const tokenMatch = /(?:^|[\s([«„"“‚'’])([^\s([«„"“]+)\.$/u.exec(l);
  const token = tokenMatch?.[1] ?? '';
  const firstWord = /^[\p{L}\p{N}]+/u.exec(r)?.[0] ?? '';
  const startsWithDigit = /^\p{N}/u.test(r);
  const starter = segmentRules.isStarter(firstWord);
  if (!token) return false;
  // ordinals: `die 29. Sitzung`, `am 3. Oktober`
  if (/^\d{1,3}$/.test(token))
    return segmentRules.hasDotOrdinals(lang) && !startsWithDigit && !starter && firstWord !== '';
  // numbered things: `Nr. 5`, `No. 10`, `Art. 3`
  if (/^(Nr|No|Nos|Art|Abs|Fig|Vol|Kap|Abb|p|pp|S|Bd|Jg|Ziff|lit|n°|N°)$/u.test(token) && startsWithDigit) return true;
  if (segmentRules.isHardAbbreviation(token)) return true;
  // initials and spelt abbreviations: `M. Dupont`, `J. R. R. Tolkien`, `z. B.`, `U.S.`
  if (/^\p{L}$/u.test(token)) {
    const before = l.slice(0, l.length - token.length - 1);
    if (/(?:^|\s)\p{L}\.\s*$/u.test(before)) return true;
    return !starter;
  }
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token)) return !starter;
  if (segmentRules.isSoftAbbreviation(token)) return !starter;
  return false;
}

/** Sentences of one line (no line breaks inside). */
function segmentLine(line: string, lang: LangCode): string[] {
  const segmenter = sentenceSegmenter(lang);
  const sentences: string[] = [];
  for (const piece of line.length > MAX_PIECE ? cutLong(line, MAX_PIECE) : [line]) {
    for (const glued of splitGlued(piece)) {
      let current = '';
      for (const { segment } of segmenter.segment(glued)) {
        let next = segment;
        if (current) {
          // closing quotes and brackets that Intl.Segmenter put after the break belong before it
          const lead = /^\s*([»«”“’")\]]+)/u.exec(next);
          if (lead && [...lead[1]!].every((ch) => closesOpen(current, ch))) {
            current += next.slice(0, lead[0].length);
            next = next.slice(lead[0].length);
            if (!next.trim()) continue;
            if (/^\S/u.test(next)) {
              current += next;
              continue;
            }
          }
          if (isFalseBreak(current, next, lang)) {
            current += next;
            continue;
          }
          sentences.push(current);
        }
        current = next;
      }
      if (current) sentences.push(current);
    }
  }
  const out: string[] = [];
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (!trimmed) continue;
    if (trimmed.length > MAX_SENTENCE) {
      for (const part of cutLong(trimmed, Math.floor(MAX_SENTENCE / 2))) {
        const t = part.trim();
        if (t) out.push(t);
      }
    } else {
      out.push(trimmed);
    }
  }
  return out;
}

function segmentBlocks(blocks: string[], lang: LangCode): SegmentedText {
  const sentences: string[] = [];
  const paragraphOf: number[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    let any = false;
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      for (const sentence of segmentLine(line.trim(), lang)) {
        sentences.push(sentence);
        paragraphOf.push(paragraph);
        any = true;
      }
    }
    if (any) paragraph++;
  }
  return { lang, sentences, paragraphOf };
}

/** Paragraphs (blank-line separated) and sentences of a text; a line break always ends a sentence. */
export function segmentText(text: string, lang: LangCode): SegmentedText {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  return segmentBlocks(normalised.split(/\n[^\S\n]*\n\s*/u), lang);
}

/** Sentences of already separated paragraphs (empty paragraphs are skipped, numbering stays dense). */
export function segmentParagraphs(paragraphs: string[], lang: LangCode): SegmentedText {
  return segmentBlocks(
    paragraphs.map((p) => p.replace(/\r\n?/g, '\n')),
    lang,
  );
}
