import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { capNesting, estimateNesting, MAX_NESTING, NestingError } from '../../scripts/cli/cap-nesting.ts';
import { parseHtmlNode } from '../../scripts/cli/parse-html-node.ts';
import { sharedDataPath } from '../../scripts/data/shared-data.ts';

function depthOf(doc: Document): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const chain = (depth: number, tag = 'div') =>
  `<html><body>${`<${tag}>`.repeat(depth)}<p>Deep text at the bottom.</p>${`</${tag}>`.repeat(depth)}<p>After.</p></body></html>`;

describe('capNesting', () => {
  it('leaves every page of the Readability test set untouched, estimating its nesting close to the parser’s', () => {
    const root = sharedDataPath('readability-test-pages');
    const slugs = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(slugs.length).toBeGreaterThan(100);
    slugs.forEach((slug, index) => {
      const html = readFileSync(`${root}/${slug}/source.html`, 'utf8');
      expect(capNesting(html), slug).toBe(html);
      if (index % 4 !== 0) return;
      const real = depthOf(new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document);
      expect(estimateNesting(html).deepest, slug).toBeGreaterThanOrEqual(real - 5);
    });
  });

  it('skips comments, raw text, quoted attributes, void and self-closed SVG elements', () => {
    const html =
      '<div title="<div><div>"><!-- <div><div><div> --><script>"<div><div>"</script><br><img><svg><path/><path/></svg><p>a<p>b<p>c</div>';
    expect(estimateNesting(html).deepest).toBe(2);
  });

  it('keeps all text of a page nested 10,000 deep, in order, with no element deeper than the limit', () => {
    const doc = parseHtmlNode(chain(10_000), 'https://example.com/');
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_NESTING + 1);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Deep text at the bottom.After.');
  });

  it('refuses a page whose nesting would take the parser too long', () => {
    expect(() => capNesting(chain(100_000))).toThrow(NestingError);
    expect(() => capNesting(chain(100_000, 'b'))).not.toThrow();
  });
});
