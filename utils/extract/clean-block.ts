/**
 * The unit the cleaning rules work on: one block of the extracted article (a paragraph,
 * heading, list item, quote…) with the little structure the rules need. Each rule lives in
 * its own `clean-*.ts` module; utils/extract/clean-article.ts runs them in order.
 */

export interface Block {
  /** Whitespace-normalised text. */
  text: string;
  /** Lower-case tag name of the block element (`p`, `li`, `h2`, `figcaption`…; `div` for loose text). */
  tag: string;
  /** Characters of the text that are inside links. */
  linkChars: number;
  /** Inside a <figure> or a <figcaption> (or a caption-like element). */
  inFigure: boolean;
  /** class and id values of the block and its ancestors inside the article, lower-cased. */
  hint: string;
}

/** What the rules know about the page. */
export interface CleanContext {
  title: string;
  siteName: string | null;
  /** Host name without `www.` (`news.az`). */
  host: string;
  byline: string | null;
}

/** A cleaning rule: returns the blocks to keep (in order). */
export type CleanRule = (blocks: Block[], context: CleanContext) => Block[];

/** Letters (any script) in `text`. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Share of the non-space characters that are letters. */
export function letterRatio(text: string): number {
  const chars = text.replace(/\s+/g, '').length;
  return chars === 0 ? 0 : letterCount(text) / chars;
}

/** Words: runs of letters/digits (any script; CJK counts characters as words). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Text folded for comparison: lower case, letters and digits only. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Share of the block's text inside links. */
export function linkDensity(block: Block): number {
  return block.text.length === 0 ? 0 : block.linkChars / block.text.length;
}

/** Whether the text has sentence punctuation (a body sentence rather than a label). */
export function hasSentenceEnd(text: string): boolean {
  return /[.!?。！？؟।][”"»’)]?\s*$/u.test(text) || /[.!?。！？؟]\s+\p{L}/u.test(text);
}

/** A block from plain text (tests, and text that never was HTML). */
export function textBlock(text: string, extra: Partial<Block> = {}): Block {
  return { text, tag: 'p', linkChars: 0, inFigure: false, hint: '', ...extra };
}
