/**
 * The fingerprint of an article's text, so that the library keeps one article per text: the
 * same text saved under another address replaces the stored one instead of adding a copy.
 * Whitespace is collapsed first; texts too short to tell articles apart (a paywall's teaser,
 * a cookie notice) get no fingerprint and are never merged. Two 32-bit hashes side by side:
 * a match is confirmed on the texts themselves before anything is replaced.
 */

/** Texts shorter than this (after collapsing whitespace) are never merged. */
export const MIN_MERGED_CHARS = 200;

/** The text as compared: runs of whitespace as one space, no leading or trailing space. */
export function normalizedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 16 hex digits, or undefined for a text under MIN_MERGED_CHARS. */
export function contentHash(text: string): string | undefined {
  const normal = normalizedText(text);
  if (normal.length < MIN_MERGED_CHARS) return undefined;
  let h1 = 0xdeadbeef ^ normal.length;
  let h2 = 0x41c6ce57 ^ normal.length;
  for (let i = 0; i < normal.length; i += 1) {
    const c = normal.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  const hex = (h: number) => h.toString(16).padStart(8, '0');
  return hex(mix(h1 ^ Math.imul(h2, 0x27d4eb2d))) + hex(mix(h2 ^ Math.imul(h1, 0x165667b1)));
}

/** Whether two articles' texts are the same text (as contentHash compares them). */
export function sameText(a: string, b: string): boolean {
  return normalizedText(a) === normalizedText(b);
}
