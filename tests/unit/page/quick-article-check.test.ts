// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../scripts/cli/parse-html-node.ts';
import { detectArticle } from '../../../utils/page/detect-article.ts';
import { quickArticleCheck } from '../../../utils/page/quick-article-check.ts';
import { homepageHtml, seedPageHtml } from '../../../scripts/site/news-page.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const doc = (html: string) => parseHtmlNode(html, 'https://news.example/a');
const page = (head: string, body: string) => doc(`<html><head>${head}</head><body>${body}</body></html>`);
/** A paragraph of `n` characters without links. */
const para = (n: number, attributes = '') =>
  `<p${attributes}>${'Council votes on harbour plan. '
    .repeat(Math.ceil(n / 30))
    .slice(0, n)
    .trim()}</p>`;
const og = '<meta property="og:type" content="article">';
/** Eight links of a headline's length in a graphic. */
const SVG_LINKS = Array.from(
  { length: 8 },
  (_, i) => `<a href="/s${i}"><text>Harbour council approves the new plan, part ${i}</text></a>`,
).join('');
/** `n` links of a headline's length: 8 could make a page of links. */
const links = (n: number) =>
  Array.from({ length: n }, (_, i) => `<a href="/s${i}">Harbour council approves the new plan, part ${i}</a>`).join(
    ' ',
  );

describe('quickArticleCheck', () => {
  it('decides the seed articles without detectArticle', () => {
    for (const lang of ['en', 'de'] as const) expect(quickArticleCheck(doc(seedPageHtml(lang))), lang).toBe(true);
  });

  it('three plain paragraphs of running text make an article (body text and readerable both shown)', () => {
    expect(quickArticleCheck(page('', `<div>${para(220).repeat(3)}</div>`))).toBe(true);
    // Two are not enough to show either score over 20: left to detectArticle.
    expect(quickArticleCheck(page('', `<div>${para(220).repeat(2)}</div>`))).toBe(false);
    // Too short to show a score by count: left to detectArticle, which decides it.
    const short = page('', `<div>${para(190).repeat(8)}</div>`);
    expect(quickArticleCheck(short)).toBe(false);
    expect(detectArticle(short).isArticle).toBe(true);
  });

  it('paragraphs readerable might not count need the page to declare an article', () => {
    const classed = `<div>${para(220, ' class="sidebar-note"').repeat(3)}</div>`;
    expect(quickArticleCheck(page('', classed))).toBe(false);
    expect(quickArticleCheck(page(og, classed))).toBe(true);
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['Thing', 'NewsArticle'] }] })}</script>`;
    expect(quickArticleCheck(page(ld, classed))).toBe(true);
    const notArticle = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', review: 'x' })}</script>`;
    expect(quickArticleCheck(page(notArticle, classed))).toBe(false);
    expect(quickArticleCheck(page('<meta property="og:type" content="website">', classed))).toBe(false);
    for (const attribute of [' id="x"', ' style="color: red"', ' hidden', ' aria-hidden="true"']) {
      expect(quickArticleCheck(page('', `<div>${para(220, attribute).repeat(3)}</div>`)), attribute).toBe(false);
    }
    expect(quickArticleCheck(page('', `<ul><li>${para(220).repeat(3)}</li></ul>`))).toBe(false);
  });

  it('never counts paragraphs with links, or teasers beside a headline link, as running text', () => {
    // With eight headline links on the page, readerable alone cannot decide (see below).
    const linked = `<p>${'Council votes on harbour plan. '.repeat(7)}<a href="/x">more</a></p>`;
    expect(quickArticleCheck(page(og, `<div>${linked.repeat(3)}</div><nav>${links(8)}</nav>`))).toBe(false);
    const teaser = `<div class="card"><a href="/n">A headline that links to another story entirely</a>${para(220)}</div>`;
    expect(quickArticleCheck(page(og, teaser.repeat(8)))).toBe(false);
  });

  it('readerable alone decides when there are too few headline links for a page of links', () => {
    const shortParagraphs = para(150).repeat(6); // none long enough for the running-text test
    // The text of an <article>, lines split by <br> in a <div>, two long paragraphs.
    const cases = {
      article: `<article>${shortParagraphs}</article>`,
      pre: `<pre>${'Council votes on harbour plan. '.repeat(20)}</pre>`,
      'div with br': `<div>${'Council votes on harbour plan. '.repeat(10)}<br>${'Council votes on harbour plan. '.repeat(10)}</div>`,
      'two long paragraphs': `<div>${para(270).repeat(2)}</div>`,
      'seven links': `<article>${shortParagraphs}</article><nav>${links(7)}</nav>`,
    };
    for (const [name, body] of Object.entries(cases)) {
      const article = page('', body);
      expect(quickArticleCheck(article), name).toBe(true);
      expect(detectArticle(article).isArticle, name).toBe(true);
    }
    // Not shown by count: two paragraphs under 262 characters, a node with attributes, a paragraph in a list item.
    expect(quickArticleCheck(page('', `<div>${para(250).repeat(2)}</div>`))).toBe(false);
    expect(quickArticleCheck(page('', `<article class="story">${shortParagraphs}</article>`))).toBe(false);
    expect(quickArticleCheck(page('', `<ul><li>${para(600)}</li></ul>`))).toBe(false);
    // Eight links of a headline's length could make a page of links: left to detectArticle.
    expect(quickArticleCheck(page('', `<article>${shortParagraphs}</article><nav>${links(8)}</nav>`))).toBe(false);
    // Links in a graphic are not links to read: detectArticle counts HTML links only. (A browser's
    // XPath does too, and decides this page; jsdom's counts the SVG links: checked in
    // tests/e2e/detection-engines.test.ts.)
    expect(detectArticle(page('', `<article>${shortParagraphs}</article><svg>${SVG_LINKS}</svg>`)).isArticle).toBe(
      true,
    );
    // 200 links of any length: a large page of links, not looked at here.
    const manyLinks = Array.from({ length: 200 }, (_, i) => `<a href="/t${i}">tag ${i}</a>`).join(' ');
    expect(quickArticleCheck(page('', `<article>${shortParagraphs}</article><footer>${manyLinks}</footer>`))).toBe(
      false,
    );
  });

  it('collapses whitespace and no-break spaces before measuring', () => {
    const padded = `<p>${'word\u00A0\u00A0\u00A0\u00A0   \n\t '.repeat(40)}</p>`; // 40 words: short once collapsed
    expect(quickArticleCheck(page(og, `<div>${padded.repeat(5)}</div>`))).toBe(false);
  });

  it('never takes a homepage of links, an empty or an odd document for an article, and does not throw', () => {
    expect(quickArticleCheck(doc(homepageHtml()))).toBe(false);
    for (const html of ['', '<html></html>', '<frameset><frame src="a"></frameset>', '<p>Hello</p>']) {
      expect(quickArticleCheck(doc(html)), html).toBe(false);
    }
  });

  it('on some of Readability’s test pages: says article only where detectArticle does', () => {
    // A sample: jsdom's XPath is slow on long pages. All 130 pages are checked in real Chromium
    // and the first 40 in Firefox (tests/e2e/detection-engines.test.ts).
    const slugs = [
      '001',
      'aclu',
      'ars-1',
      'heise',
      'lemonde-1',
      'tmz-1',
      'rtl-1',
      'base-url',
      'mathjax',
      'ol',
      'remove-aria-hidden',
      'mozilla-2',
      'invalid-attributes',
    ];
    let quick = 0;
    for (const slug of slugs) {
      const page = parseHtmlNode(
        readFileSync(sharedDataPath('readability-test-pages', slug, 'source.html'), 'utf8'),
        'http://fakehost/test/page.html',
      );
      const fast = quickArticleCheck(page);
      if (fast) expect(detectArticle(page).isArticle, slug).toBe(true);
      if (fast) quick++;
    }
    expect(quick).toBeGreaterThanOrEqual(4);
  });
});
