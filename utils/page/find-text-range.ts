/**
 * Finds a sentence's text in a live page, for "show me this sentence in the page":
 * text nodes are read in document order with white space folded, so the sentence is
 * found across element boundaries (links, emphasis) and line breaks.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** How much of the sentence is matched: enough to be unique, short enough to survive markup differences. */
const PROBE_CHARS = 80;

function fold(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function findTextRange(doc: Document, sentence: string): Range | null {
  const root = doc.body;
  if (!root) return null;
  const probe = fold(sentence).trim().slice(0, PROBE_CHARS);
  if (!probe) return null;

  // Folded text of the page, with each folded character's node and offset.
  let folded = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName)) continue;
    const text = (node as Text).data;
    for (let i = 0; i < text.length; i++) {
      const ch = /\s/.test(text[i]!) ? ' ' : text[i]!;
      if (ch === ' ' && folded.endsWith(' ')) continue;
      folded += ch;
      nodes.push(node as Text);
      offsets.push(i);
    }
  }
  const at = folded.indexOf(probe);
  if (at < 0) return null;
  const end = at + probe.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[at]!, offsets[at]!);
  range.setEnd(nodes[end]!, offsets[end]! + 1);
  return range;
}
