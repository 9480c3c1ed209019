/** Scrolls the page to a sentence and highlights it briefly, without changing the page's DOM text. */
import { findTextRange } from '../../utils/page/find-text-range.ts';

const HIGHLIGHT = 'counterpart-locate';
const SHOW_MS = 2500;

export function highlightInPage(doc: Document, sentence: string): boolean {
  const range = findTextRange(doc, sentence);
  if (!range) return false;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });

  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    if (!doc.getElementById(HIGHLIGHT)) {
      const style = doc.createElement('style');
      style.id = HIGHLIGHT;
      style.textContent = `::highlight(${HIGHLIGHT}) { background-color: #ffe066; color: #111; }`;
      (doc.head ?? doc.documentElement).append(style);
    }
    registry.set(HIGHLIGHT, new HighlightCtor(range));
    setTimeout(() => registry.delete(HIGHLIGHT), SHOW_MS);
  } else if (element) {
    element.animate([{ outline: '3px solid #f0b400' }, { outline: '3px solid transparent' }], { duration: SHOW_MS });
  }
  return true;
}
