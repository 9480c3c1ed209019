// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../scripts/cli/parse-html-node.ts';
import { articleContainer, detectArticle } from '../../../utils/page/detect-article.ts';
import { findAlternates } from '../../../utils/page/find-alternates.ts';
import { homepageHtml, newsPageHtml, seedPageHtml } from '../../../scripts/site/news-page.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const doc = (html: string, url = 'https://news.example/a') => parseHtmlNode(html, url);

describe('detectArticle', () => {
  it('takes the seed pages for articles, with their signals', () => {
    for (const lang of ['en', 'de'] as const) {
      const result = detectArticle(doc(seedPageHtml(lang)));
      expect(result.isArticle).toBe(true);
      // Declared an article and has a body of running text: decided there, without the link or readerable scans.
      expect(result.signals).toEqual(expect.arrayContaining(['jsonld-article', 'og-article', 'body-text']));
      expect(result.signals).not.toContain('not:link-page');
    }
  });

  it('never takes a homepage of links for an article', () => {
    const result = detectArticle(doc(homepageHtml(), 'https://dailycourier.example/'));
    expect(result.isArticle).toBe(false);
    expect(result.signals).toContain('not:link-page');
  });

  it('a section page of links is not an article even when it claims og:type=article', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the regional economy and its prospects</a></li>`,
    ).join('');
    const html = `<html><head><meta property="og:type" content="article"></head><body><h1>Economy</h1><ul>${links}</ul></body></html>`;
    expect(detectArticle(doc(html)).isArticle).toBe(false);
  });

  it('an article with short paragraphs (no 140-character paragraph) is still found by its metadata', () => {
    const html = newsPageHtml({
      lang: 'en',
      title: 'Storm closes schools',
      paragraphs: Array.from(
        { length: 8 },
        (_, i) => `Schools in district ${i + 1} stay closed on Friday because of the storm.`,
      ),
    });
    expect(detectArticle(doc(html)).isArticle).toBe(true);
  });

  it('empty and odd documents are not articles and do not throw', () => {
    for (const html of ['', '<html></html>', '<frameset><frame src="a"></frameset>', '<p>Hello</p>']) {
      expect(detectArticle(doc(html)).isArticle).toBe(false);
    }
  });

  it('agrees with the readerable label on a handful of Readability test pages', () => {
    const slugs = [
      '001',
      'bbc-1',
      'lemonde-1',
      'heise',
      'nytimes-1',
      'tmz-1',
      'wikipedia',
      'mozilla-2',
      'mathjax',
      'ol',
      'remove-aria-hidden',
    ];
    for (const slug of slugs) {
      const meta = JSON.parse(
        readFileSync(sharedDataPath('readability-test-pages', slug, 'expected-metadata.json'), 'utf8'),
      ) as { readerable: boolean };
      const html = readFileSync(sharedDataPath('readability-test-pages', slug, 'source.html'), 'utf8');
      expect(detectArticle(doc(html, 'http://fakehost/test/page.html')).isArticle, slug).toBe(meta.readerable);
    }
  });

  it('a declared article with a body of running text stays an article beside many headline links, decided before any link scan', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/n/${i}">Another headline number ${i} about the regional economy</a></li>`,
    ).join('');
    const body = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i}: the council voted on Tuesday to extend the harbour promenade by two kilometres, after a debate that lasted well into the night.</p>`,
    ).join('');
    const html = `<html><head><meta property="og:type" content="article"></head><body><article>${body}</article><aside><ul>${links}</ul></aside></body></html>`;
    const result = detectArticle(doc(html));
    expect(result.isArticle).toBe(true);
    expect(result.signals).toEqual(expect.arrayContaining(['og-article', 'body-text']));
    expect(result.signals).not.toContain('not:link-page');
  });

  it('counts HTML links only: links in a graphic do not make a page of links', () => {
    // Readerable by its <article>, with no body of running text (one short paragraph per box).
    const article = `<article>${Array.from({ length: 6 }, () => `<div><p>${'Council votes on harbour plan. '.repeat(4).trim()}</p></div>`).join('')}</article>`;
    const link = (i: number) => `<a href="/s${i}">Harbour council approves the new plan, part ${i}</a>`;
    const thirty = Array.from({ length: 30 }, (_, i) => link(i));
    expect(detectArticle(doc(`<html><body>${article}<nav>${thirty.join(' ')}</nav></body></html>`)).isArticle).toBe(
      false,
    );
    const graphic = `<svg>${thirty.map((a) => a.replace('">', '"><text>').replace('</a>', '</text></a>')).join('')}</svg>`;
    expect(detectArticle(doc(`<html><body>${article}${graphic}</body></html>`)).isArticle).toBe(true);
  });

  it('only parses JSON-LD blocks that can name an article type, and still finds one in a @graph', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'x' }],
    });
    const paragraphs = Array.from(
      { length: 6 },
      () => '<p>Schools stay closed on Friday because of the storm.</p>',
    ).join('');
    const html = `<html><head><script type="application/ld+json">{ broken, no type here</script><script type="application/ld+json">${graph}</script></head><body><div>${paragraphs}</div></body></html>`;
    expect(detectArticle(doc(html)).signals).toContain('jsonld-article');
  });

  it('weighs Chinese text as denser than Latin, also for ideographs outside the BMP', () => {
    // 240 ideographs in one paragraph: ~600 Latin-equivalent characters, a body; 240 Latin ones are not.
    const han = (ch: string) => `<html><body><div><p>${ch.repeat(240)}</p></div></body></html>`;
    expect(detectArticle(doc(han('中'))).signals).toContain('body-text');
    expect(detectArticle(doc(han('\u{20000}'))).signals).toContain('body-text');
    expect(detectArticle(doc(han('a'))).signals).not.toContain('body-text');
  });

  it('finds the element that holds the article body', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i} of the story, long enough to count as running text in an article body here.</p>`,
    ).join('');
    const withArticle = doc(
      `<html><body><nav><a href="/">Home</a></nav><article id="story"><h1>Title</h1><div class="text">${paragraphs}</div></article><footer>f</footer></body></html>`,
    );
    expect(articleContainer(withArticle)?.id).toBe('story');
    const plain = doc(
      `<html><body><div id="page"><h1>Title</h1><div class="text">${paragraphs}</div></div><div>other</div></body></html>`,
    );
    expect(articleContainer(plain)?.id).toBe('page');
    expect(articleContainer(doc('<html><body><p>Hi</p></body></html>'))).toBeNull();
  });

  it('does not mutate the document', () => {
    const page = doc(seedPageHtml('en'));
    const before = page.documentElement.outerHTML;
    detectArticle(page);
    expect(page.documentElement.outerHTML).toBe(before);
  });
});

describe('findAlternates', () => {
  it('resolves hreflang links against the base URL, leaves out x-default, one per language', () => {
    const html = `<html><head>
      <link rel="alternate" hreflang="de-DE" href="/de/artikel">
      <link rel="alternate" hreflang="de-AT" href="/at/artikel">
      <link rel="alternate" hreflang="fr" href="https://other.example/fr/article#top">
      <link rel="alternate" hreflang="x-default" href="/">
      <link rel="alternate" type="application/rss+xml" href="/feed">
      <link rel="alternate" hreflang="zh-Hant" href="//news.example/zh/a">
    </head><body></body></html>`;
    expect(findAlternates(doc(html), 'https://news.example/en/article')).toEqual([
      { lang: 'de', url: 'https://news.example/de/artikel' },
      { lang: 'fr', url: 'https://other.example/fr/article' },
      { lang: 'zh', url: 'https://news.example/zh/a' },
    ]);
  });

  it('honours <base href>', () => {
    const html = `<html><head><base href="https://cdn.example/site/"><link rel="alternate" hreflang="ru" href="ru/a"></head></html>`;
    expect(findAlternates(doc(html), 'https://news.example/a')).toEqual([
      { lang: 'ru', url: 'https://cdn.example/site/ru/a' },
    ]);
  });

  it('falls back to language-switcher links when the head has none', () => {
    const html = `<html><body><div class="language-switcher"><a href="/en/a" lang="en">English</a> <a href="/ar/a" lang="ar">العربية</a></div>
      <p><a href="/x" lang="fr">un lien en français dans le texte</a></p></body></html>`;
    expect(findAlternates(doc(html), 'https://news.example/de/a')).toEqual([
      { lang: 'en', url: 'https://news.example/en/a' },
      { lang: 'ar', url: 'https://news.example/ar/a' },
    ]);
  });

  it('ignores javascript: and unparsable URLs', () => {
    const html = `<html><head><link rel="alternate" hreflang="de" href="javascript:void(0)"><link rel="alternate" hreflang="fr" href="http://[bad"></head></html>`;
    expect(findAlternates(doc(html), 'https://news.example/a')).toEqual([]);
  });
});
