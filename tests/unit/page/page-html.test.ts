// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../scripts/cli/parse-html-node.ts';
import { extractFromHtml } from '../../../utils/extract/extract-from-html.ts';
import { MAX_HTML_CHARS, pageHtml } from '../../../utils/page/page-html.ts';

const SENTENCE = 'The parliament approved the budget for next year after a long debate in the chamber on Tuesday.';
const PARAGRAPHS = Array.from({ length: 12 }, (_, i) =>
  i === 0
    ? SENTENCE
    : `In the ${i + 1}th hour of the session, speaker ${i + 1} argued about line ${i * 7 + 3} of the spending plan for schools and roads.`,
);
const ARTICLE = `<article id="story"><h1>Budget approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
const HEAD =
  '<head><title>Budget approved | Daily</title><meta property="og:type" content="article">' +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget approved"}</script>' +
  '<script>var big = 1;</script><style>body { color: red }</style></head>';
const FILLER = `<div class="comment"><span>${'lorem ipsum dolor sit amet '.repeat(40)}</span></div>`;

/** A page with the article, then filler cloned until its HTML passes `chars`. */
function bigPage(chars: number): Document {
  const doc = parseHtmlNode(
    `<html lang="en" dir="ltr">${HEAD}<body>${ARTICLE}<div id="filler">${FILLER}</div></body></html>`,
    'https://example.com/big',
  );
  const filler = doc.getElementById('filler')!;
  const one = filler.firstElementChild!;
  const copies = Math.ceil(chars / one.outerHTML.length);
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i < copies; i++) fragment.append(one.cloneNode(true));
  filler.append(fragment);
  return doc;
}

describe('pageHtml', () => {
  it('is the whole document when it fits', () => {
    const doc = parseHtmlNode(`<html lang="en">${HEAD}<body>${ARTICLE}</body></html>`, 'https://example.com/a');
    expect(pageHtml(doc, MAX_HTML_CHARS)).toBe(doc.documentElement.outerHTML);
  });

  it('a page too large to send gives its article container with the head metadata, not nothing', () => {
    const doc = bigPage(200_000);
    const html = pageHtml(doc, 100_000)!;
    expect(html).not.toBeNull();
    expect(html.length).toBeLessThanOrEqual(100_000);
    expect(html).toContain('id="story"');
    expect(html).toContain('<title>Budget approved | Daily</title>');
    expect(html).toContain('application/ld+json');
    expect(html).toMatch(/^<html lang="en" dir="ltr"><head>/);
    expect(html).not.toContain('lorem ipsum');
    expect(html).not.toContain('var big');
  });

  it('nothing when even the container does not fit, or when there is no article body', () => {
    expect(pageHtml(bigPage(200_000), 1_000)).toBeNull();
    const noBody = parseHtmlNode(`<html><body>${FILLER.repeat(100)}</body></html>`, 'https://example.com/x');
    expect(pageHtml(noBody, 10_000)).toBeNull();
  });

  it('a 20 MB page with a short article under its filler: the article reaches extraction (no wall time asserted)', () => {
    const doc = bigPage(20_000_000);
    expect(doc.documentElement.outerHTML.length).toBeGreaterThan(20_000_000);
    const html = pageHtml(doc, MAX_HTML_CHARS);
    expect(html).not.toBeNull();
    const article = extractFromHtml(html!, 'https://example.com/big', new new JSDOM('').window.DOMParser());
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe('Budget approved');
    expect(article.text).toContain(SENTENCE);
  }, 120_000);
});
