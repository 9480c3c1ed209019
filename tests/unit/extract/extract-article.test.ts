// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../scripts/cli/parse-html-node.ts';
import { readArticleMetadata } from '../../../utils/page/article-metadata.ts';
import { extractArticle } from '../../../utils/extract/extract-article.ts';
import { homepageHtml, newsPageHtml, seedPageHtml } from '../../../scripts/site/news-page.ts';
import { repoRoot, sharedDataPath } from '../../../scripts/data/shared-data.ts';

const gold = JSON.parse(readFileSync(sharedDataPath('seed', 'gold.json'), 'utf8')) as { en: string[]; de: string[] };

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `needle`'s words occur, consecutively, among `hay`'s words (glued sentences split apart). */
function containsWords(hay: string, needle: string): boolean {
  const h = ` ${words(hay).join(' ')} `;
  return h.includes(` ${words(needle).join(' ')} `);
}

const CHROME_WORDS = [
  'cookie',
  'Cookies',
  'Accept all',
  'Alle akzeptieren',
  'Share',
  'Teilen',
  'Facebook',
  'Twitter',
  'Telegram',
  'WhatsApp',
  'Print',
  'Drucken',
  'Related news',
  'Mehr zum Thema',
  'Lesen Sie auch',
  'Read also',
  'Parliament approves',
  'Central bank',
  'Energy exports',
  'Energieexporte',
  'Newsletter',
  'Subscribe',
  'Abonnieren',
  'Startseite',
  'Politik',
  'Home',
  'Politics',
  'Economy',
  'All rights reserved',
  'Photo:',
  'Foto:',
  'Press service',
  'Pressedienst',
];

describe('extractArticle on the seed pages', () => {
  for (const lang of ['en', 'de'] as const) {
    const other = lang === 'en' ? 'de' : 'en';
    const url = `https://news.az/${lang}/news/consultations`;
    const html = seedPageHtml(lang, { alternates: [{ lang: other, url: `/${other}/news/consultations` }] });
    const result = extractArticle(parseHtmlNode(html, url), url);

    it(`${lang}: is an article, in ${lang}, with absolute alternates`, () => {
      expect(result.isArticle).toBe(true);
      expect(result.reason).toBeUndefined();
      expect(result.lang).toBe(lang);
      expect(result.dir).toBe('ltr');
      expect(result.alternates).toEqual([{ lang: other, url: `https://news.az/${other}/news/consultations` }]);
      expect(result.siteName).toBe('News.Az');
      expect(result.published).toMatch(/^2024-10-21/);
      expect(result.title.length).toBeGreaterThan(10);
      expect(result.text).toBe(result.paragraphs.join('\n\n'));
    });

    it(`${lang}: every gold sentence is in the text`, () => {
      for (const sentence of gold[lang]) expect(containsWords(result.text, sentence), sentence).toBe(true);
    });

    it(`${lang}: no page chrome`, () => {
      expect(result.text).not.toContain('date 2024-10-21');
      expect(result.text).not.toContain('16 px');
      expect(result.text).not.toContain('↺');
      expect(result.text).not.toMatch(/\bTags\b/);
      expect(result.paragraphs).not.toContain('News.Az');
      for (const word of CHROME_WORDS) expect(result.text, word).not.toContain(word);
      for (const paragraph of result.paragraphs) expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
    });
  }

  it('en keeps the text exactly, glue included', () => {
    const result = extractArticle(parseHtmlNode(seedPageHtml('en'), 'https://news.az/a'), 'https://news.az/a');
    expect(result.text).toContain('Ministry of Foreign Affairs.During the consultations');
    expect(result.text).toContain('News.Az reports.');
  });

  it('cleans the seed page by the text rules alone (no class/id pre-cleaning)', () => {
    for (const lang of ['en', 'de'] as const) {
      const result = extractArticle(parseHtmlNode(seedPageHtml(lang), 'https://news.az/a'), 'https://news.az/a', {
        noPreClean: true,
      });
      expect(result.text).not.toContain('16 px');
      expect(result.text).not.toContain('2024-10-21');
      expect(result.paragraphs).not.toContain('News.Az');
      expect(result.text).not.toContain('Lesen Sie auch');
      for (const sentence of gold[lang]) expect(containsWords(result.text, sentence), sentence).toBe(true);
    }
  });
});

describe('extractArticle, other pages', () => {
  it('a homepage of links is not an article', () => {
    const result = extractArticle(
      parseHtmlNode(homepageHtml(), 'https://dailycourier.example/'),
      'https://dailycourier.example/',
    );
    expect(result.isArticle).toBe(false);
    expect(result.reason).toBe('link-page');
  });

  it('does not mutate the document', () => {
    const doc = parseHtmlNode(seedPageHtml('de'), 'https://news.az/de');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://news.az/de');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a French news page: metadata, language, chrome removed', () => {
    const html = newsPageHtml({
      lang: 'fr',
      title: 'La Belgique et l’Azerbaïdjan renforcent leur dialogue politique',
      siteName: 'Le Courrier',
      byline: 'Claire Martin',
      published: '2024-10-22',
      paragraphs: [
        'Bakou a accueilli lundi une nouvelle série de consultations politiques entre les ministères des Affaires étrangères des deux pays.',
        'Les responsables ont souligné l’importance des visites réciproques et des rencontres bilatérales pour maintenir le dialogue politique.',
        'Ils ont également évoqué la coopération dans les domaines de l’énergie, des transports et des hautes technologies.',
        'Les deux parties ont enfin abordé les préparatifs de la COP29, prévue en novembre à Bakou.',
      ],
    });
    const result = extractArticle(parseHtmlNode(html, 'https://lecourrier.example/a'), 'https://lecourrier.example/a');
    expect(result.isArticle).toBe(true);
    expect(result.lang).toBe('fr');
    expect(result.byline).toBe('Claire Martin');
    expect(result.published).toMatch(/^2024-10-22/);
    expect(result.url).toMatch(/^https:\/\/lecourrier\.example\/fr\/news\//);
    expect(result.paragraphs).toHaveLength(4);
    expect(result.text).not.toMatch(/Mots-clés|Partager|À lire aussi|Le Courrier|Publicité/);
  });

  it('empty and malformed documents give a clear result, not a crash', () => {
    for (const html of [
      '',
      '<html><head></head></html>',
      '<p>short',
      '<<<>>>&&&',
      '<frameset><frame src="a.html"></frameset>',
    ]) {
      const result = extractArticle(parseHtmlNode(html, 'https://example.com/'), 'https://example.com/');
      expect(result.isArticle).toBe(false);
      expect(typeof result.reason).toBe('string');
    }
  });

  it('a page with 50,000 nodes still gives its article (a hang fails by the test timeout; no wall time asserted)', () => {
    const filler = Array.from({ length: 25_000 }, (_, i) => `<div><span>cell ${i}</span></div>`).join('');
    const html = `<html><body>${filler}<article><p>${'A long sentence about the budget. '.repeat(40)}</p></article></body></html>`;
    const result = extractArticle(parseHtmlNode(html, 'https://example.com/'), 'https://example.com/');
    expect(result.text).toContain('A long sentence about the budget.');
    expect(result.text).not.toContain('cell 12345');
  });
});

describe('fixture pages (tests/fixtures/pages)', () => {
  const root = join(repoRoot, 'tests/fixtures/pages');
  for (const slug of readdirSync(root).filter((name) => !name.includes('.'))) {
    it(slug, () => {
      const expected = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8')) as {
        url: string;
        isArticle: boolean;
        lang: string;
        dir: string;
        title?: string;
        byline?: string | null;
        published?: string | null;
        paragraphs?: number;
        contains?: string[];
        notContains?: string[];
        alternates?: { lang: string; url: string }[];
      };
      const html = readFileSync(join(root, slug, 'source.html'), 'utf8');
      const result = extractArticle(parseHtmlNode(html, expected.url), expected.url);
      expect(result.isArticle).toBe(expected.isArticle);
      expect(result.lang).toBe(expected.lang);
      expect(result.dir).toBe(expected.dir);
      if (expected.title !== undefined) expect(result.title).toBe(expected.title);
      if (expected.byline !== undefined) expect(result.byline).toBe(expected.byline);
      if (expected.published !== undefined) expect(result.published).toBe(expected.published);
      if (expected.paragraphs !== undefined) expect(result.paragraphs).toHaveLength(expected.paragraphs);
      for (const text of expected.contains ?? []) expect(result.text, text).toContain(text);
      for (const text of expected.notContains ?? []) expect(result.text, text).not.toContain(text);
      if (expected.alternates) expect(result.alternates).toEqual(expected.alternates);
    });
  }
});

describe('readArticleMetadata', () => {
  const meta = (head: string, body = '') =>
    readArticleMetadata(
      parseHtmlNode(`<html><head>${head}</head><body>${body}</body></html>`, 'https://a.example/x'),
      'https://a.example/x',
    );

  it('reads JSON-LD (with @graph) before meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite' },
        {
          '@type': 'ReportageNewsArticle',
          headline: 'H',
          datePublished: '2024-10-21T09:30:00Z',
          author: [{ name: 'A B' }, { name: 'C D' }],
          publisher: { name: 'Site' },
        },
      ],
    };
    const result = meta(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="Other">`,
    );
    expect(result).toMatchObject({
      title: 'H',
      published: '2024-10-21T09:30:00Z',
      byline: 'A B, C D',
      siteName: 'Site',
    });
    expect(result.jsonLdTypes).toEqual(['WebSite', 'ReportageNewsArticle']);
  });

  it('falls back to meta tags, <time> and <title>, and resolves the canonical URL', () => {
    expect(
      meta(
        '<meta name="author" content="Jane Doe"><link rel="canonical" href="/a/b">',
        '<time datetime="2023-05-02">2 May</time>',
      ),
    ).toMatchObject({
      byline: 'Jane Doe',
      published: '2023-05-02',
      canonical: 'https://a.example/a/b',
    });
    expect(meta('<title>Budget passes | Daily</title><meta property="og:site_name" content="Daily">').title).toBe(
      'Budget passes',
    );
    expect(meta('<meta name="date" content="20240102">').published).toBe('2024-01-02');
    expect(meta('<meta name="date" content="not a date">').published).toBeNull();
  });

  it('survives broken JSON-LD', () => {
    expect(meta('<script type="application/ld+json">{ broken</script>').jsonLdTypes).toEqual([]);
  });

  it('a 20 MB page gives a clear result, never a hang or a crash (no wall time asserted)', () => {
    const article = `<article><h1>Budget approved</h1>${'<p>The parliament approved the budget for next year after a long debate in the chamber on Tuesday.</p>'.repeat(12)}</article>`;
    const filler = '<div class="comment"><span>' + 'lorem ipsum dolor sit amet '.repeat(40) + '</span></div>';
    const html = `<html><body>${article}${filler.repeat(Math.ceil(20_000_000 / filler.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(20_000_000);
    const result = extractArticle(parseHtmlNode(html, 'https://example.com/big'), 'https://example.com/big');
    // Either the article, or a documented reason (today: 'no-content': its twelve identical
    // paragraphs are cleaned down to one as repetition). In the extension the content script does
    // not send such a page whole but the article's container with the head's metadata: see
    // page-html.test.ts, where a 20 MB page's article reaches extraction.
    if (result.isArticle) expect(result.text).toContain('The parliament approved the budget');
    else expect(['too-large', 'no-content', 'not-article', 'link-page']).toContain(result.reason);
  }, 60_000);
});
