// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../scripts/cli/parse-html-node.ts';
import { CounterpartEngine } from '../../../utils/counterpart/counterpart-engine.ts';
import type { EngineDeps, EnginePrefs } from '../../../utils/counterpart/ports.ts';
import { libraryId } from '../../../utils/library/library-id.ts';
import { extractArticle } from '../../../utils/extract/extract-article.ts';
import { fetchHtml } from '../../../utils/counterpart/fetch-html.ts';
import { translateSentences } from '../../../utils/translation/translate-sentences.ts';
import { LibraryStorage } from '../../../utils/library/storage-idb.ts';
import type { PageReport } from '../../../utils/messaging.ts';
import type { Bead, SegmentedText, TabView } from '../../../utils/types.ts';
import { homepageHtml, newsPageHtml, seedPageHtml } from '../../../scripts/site/news-page.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const gold = JSON.parse(readFileSync(sharedDataPath('seed', 'gold.json'), 'utf8')) as {
  en: string[];
  de: string[];
  pairs: Array<{ en: number[]; de: number[] }>;
};

/** A German article on another story: an alternate link to it must be rejected. */
const otherStoryDe = newsPageHtml({
  lang: 'de',
  title: 'Lyon eröffnet neue Straßenbahnlinie',
  paragraphs: [
    'Die französische Stadt Lyon hat am Montag ihre siebte Straßenbahnlinie eröffnet, die 14 Kilometer lang ist.',
    'Die Bauarbeiten unter der Leitung des Verkehrsverbunds Sytral dauerten vier Jahre und kosteten 260 Millionen Euro.',
    'Bürgermeister Grégory Doucet sprach von einem wichtigen Tag für die Anwohner der östlichen Vororte.',
    'Die neue Linie verbindet den Bahnhof Part-Dieu mit dem Universitätsgelände in Bron.',
  ],
  siteName: 'Rhône Zeitung',
  published: '2024-09-02',
});

let server: Server;
let origin = '';
const requests: string[] = [];
const routes: Record<string, () => { status: number; type: string; body: string } | null> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[req.url ?? '']?.();
    if (route === null) return; // never answers
    const { status, type, body } = route ?? { status: 404, type: 'text/html', body: '<h1>Not found</h1>' };
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = (body: string) => () => ({ status: 200, type: 'text/html; charset=utf-8', body });
  routes['/de.html'] = page(seedPageHtml('de'));
  routes['/de/story.html'] = page(seedPageHtml('de'));
  routes['/de/other-story.html'] = page(otherStoryDe);
  routes['/en-plain.html'] = page(seedPageHtml('en'));
  routes['/home.html'] = page(homepageHtml());
  routes['/file.pdf'] = () => ({ status: 200, type: 'application/pdf', body: '%PDF-1.4' });
  routes['/slow.html'] = () => null;
});

/** A LibreTranslate server (its real API: POST /translate, JSON in and out) on 127.0.0.1. */
let libre: Server;
let libreUrl = '';
let libreStatus = 200;
beforeAll(async () => {
  libre = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/translate' || libreStatus !== 200) {
        res.writeHead(req.url === '/translate' ? libreStatus : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: libreStatus === 429 ? 'Slowdown: 30 per 1 minute' : 'Not found' }));
        return;
      }
      const { q, target, format } = JSON.parse(body) as { q: string[]; source: string; target: string; format: string };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ translatedText: q.map((text) => `[${target}/${format}] ${text}`) }));
    });
  });
  await new Promise<void>((done) => libre.listen(0, '127.0.0.1', done));
  libreUrl = `http://127.0.0.1:${(libre.address() as AddressInfo).port}`;
});
afterAll(() => libre.close());
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

let dbCount = 0;
interface Harness {
  engine: CounterpartEngine;
  views: TabView[];
  library: LibraryStorage;
  prefs: EnginePrefs;
  last(): TabView;
}

async function harness(overrides: Partial<EngineDeps> = {}): Promise<Harness> {
  const library = await LibraryStorage.open(`test-library-${dbCount++}`);
  const views: TabView[] = [];
  const prefs: EnginePrefs = {
    storeArticles: true,
    preferredLang: null,
    alignWithTranslation: false,
    translation: 'none',
  };
  const engine = new CounterpartEngine({
    extract: async (html, url) => extractArticle(parseHtmlNode(html, url), url),
    fetchHtml: (url, pageUrl) => fetchHtml(url, fetch, { pageUrl, timeoutMs: 1500 }),
    library,
    prefs: async () => prefs,
    rememberLanguage: async (lang) => {
      prefs.preferredLang = lang;
    },
    uiLang: 'en',
    onView: (view) => views.push(view),
    ...overrides,
  });
  return { engine, views, library, prefs, last: () => views[views.length - 1]! };
}

function report(url: string, html: string, alternates: PageReport['alternates'] = []): PageReport {
  return { type: 'page', url, isArticle: true, signals: ['test'], declaredLang: null, alternates, html };
}

const enWithAlternate = (path: string) =>
  report(`${origin}/en.html`, seedPageHtml('en'), [{ lang: 'de', url: `${origin}${path}` }]);

beforeEach(() => {
  requests.length = 0;
});

describe('CounterpartEngine', () => {
  it('aligns the page with its alternate-language edition once the panel shows the tab', async () => {
    const h = await harness();
    await h.engine.pageReported(1, enWithAlternate('/de.html'));
    // Not shown in the panel yet: the alternate is known, but nothing was fetched.
    expect(requests).toEqual([]);
    expect(h.last().available).toEqual(['de']);

    await h.engine.watch(1);
    const view = h.last();
    expect(view.status).toBe('ready');
    expect(view.counterpart?.source).toBe('alternate');
    expect(view.page?.lang).toBe('en');
    expect(view.counterpart?.lang).toBe('de');
    expect(view.page?.sentences).toEqual(gold.en);
    expect(view.counterpart?.sentences).toEqual(gold.de);
    expect(view.beads?.map((b) => ({ en: b.a, de: b.b }))).toEqual(gold.pairs);
  });

  it('stores what is read and finds it later as the counterpart of the other-language page', async () => {
    const h = await harness();
    await h.engine.pageReported(1, report(`${origin}/en-plain.html`, seedPageHtml('en')));
    expect((await h.library.get(libraryId(`${origin}/en-plain.html`)))?.lang).toBe('en');

    await h.engine.pageReported(2, report(`${origin}/de-plain.html`, seedPageHtml('de')));
    expect(h.last().available).toEqual(['en']);
    await h.engine.watch(2);
    const view = h.last();
    expect(view.status).toBe('ready');
    expect(view.counterpart?.source).toBe('library');
    expect(view.counterpart?.lang).toBe('en');
    expect(view.beads?.filter((b) => b.a.length === 0).map((b) => b.b)).toEqual([[0]]);
    expect(requests).toEqual([]);
  });

  it('stores nothing when the user turned storing off', async () => {
    const h = await harness();
    h.prefs.storeArticles = false;
    await h.engine.pageReported(1, report(`${origin}/en-plain.html`, seedPageHtml('en')));
    expect(await h.library.count()).toBe(0);
  });

  it.each([
    ['/missing.html', 'notice.alternateHttpError'],
    ['/file.pdf', 'notice.alternateNotHtml'],
    ['/en-plain.html', 'notice.alternateWrongLanguage'],
    ['/home.html', 'notice.alternateNotArticle'],
    ['/slow.html', 'notice.alternateTimeout'],
    ['/de/other-story.html', 'notice.alternateOtherStory'],
  ])('rejects an alternate at %s with %s and keeps the page side', async (path, key) => {
    const h = await harness();
    await h.engine.pageReported(1, enWithAlternate(path));
    await h.engine.watch(1);
    const view = h.last();
    expect(view.status).toBe('no-counterpart');
    expect(view.notices.map((n) => n.key)).toContain(key);
    expect(view.page?.sentences).toEqual(gold.en);
  });

  it('says no-article for a page that is not one', async () => {
    const h = await harness();
    await h.engine.pageReported(1, { ...report(`${origin}/home.html`, homepageHtml()), isArticle: false, html: null });
    expect(h.last().status).toBe('no-article');
  });

  it('drops what a tab showed when it moves to another page, and keeps it for a #fragment change', async () => {
    const h = await harness();
    const url = `${origin}/en.html`;
    await h.engine.pageReported(1, enWithAlternate('/de.html'));
    await h.engine.watch(1);
    expect(h.last().status).toBe('ready');
    expect(h.engine.needsReport(1)).toBe(false);

    // The same page, another fragment: nothing changes.
    const views = h.views.length;
    expect(h.engine.navigated(1, `${url}#comments`)).toBe(false);
    expect(h.views.length).toBe(views);
    expect(h.engine.view(1)?.status).toBe('ready');

    // Another page: no article until its content script or the panel has it read, still watched.
    expect(h.engine.navigated(1, `${origin}/home.html`)).toBe(true);
    expect(h.last()).toMatchObject({ tabId: 1, url: `${origin}/home.html`, status: 'no-article', notices: [] });
    expect(h.engine.needsReport(1)).toBe(true);
    await h.engine.pageReported(
      1,
      report(`${origin}/en-plain.html`, seedPageHtml('en'), [{ lang: 'de', url: `${origin}/de.html` }]),
    );
    expect(h.engine.needsReport(1)).toBe(false);
    expect(h.last().status).toBe('ready'); // the panel still shows the tab: the alternate was fetched at once

    // A page the extension may not read (a browser page): said so.
    expect(h.engine.navigated(1, null)).toBe(true);
    expect(h.last().notices.map((n) => n.key)).toEqual(['notice.pageUnavailable']);
    expect(h.engine.needsReport(2)).toBe(true); // a tab never reported
  });

  it('aligns a pasted counterpart, and refuses an empty one or one in the page language', async () => {
    const h = await harness();
    await h.engine.pageReported(1, report(`${origin}/en-plain.html`, seedPageHtml('en')));
    await h.engine.watch(1);
    expect(h.last().status).toBe('no-counterpart');

    await h.engine.paste(1, '   ');
    expect(h.last().notices.map((n) => n.key)).toContain('notice.pastedEmpty');
    await h.engine.paste(1, readFileSync(sharedDataPath('seed', 'en.txt'), 'utf8'));
    expect(h.last().notices.map((n) => n.key)).toContain('notice.pastedSameLanguage');

    await h.engine.paste(1, readFileSync(sharedDataPath('seed', 'de.txt'), 'utf8'));
    const view = h.last();
    expect(view.status).toBe('ready');
    expect(view.counterpart?.source).toBe('pasted');
    expect(view.counterpart?.lang).toBe('de');
    expect(view.beads?.[0]).toMatchObject({ a: [0], b: [] });
  });

  it('says when a counterpart is too long to be aligned whole', async () => {
    const unpaired = (a: SegmentedText, b: SegmentedText): Promise<Bead[]> =>
      Promise.resolve([
        ...a.sentences.map((_, i) => ({ a: [i], b: [] })),
        ...b.sentences.map((_, j) => ({ a: [], b: [j] })),
      ]);
    const h = await harness({ align: unpaired });
    await h.engine.pageReported(1, report(`${origin}/en-plain.html`, seedPageHtml('en')));
    await h.engine.watch(1);
    await h.engine.paste(1, readFileSync(sharedDataPath('seed', 'de.txt'), 'utf8'));
    expect(h.last().notices.map((n) => n.key)).not.toContain('notice.alignmentPartial');
    await h.engine.paste(1, 'Der Hund läuft schnell nach Hause. '.repeat(20_001));
    expect(h.last().status).toBe('ready');
    expect(h.last().counterpart?.sentences.length).toBeGreaterThan(20_000);
    expect(h.last().notices).toContainEqual({
      level: 'info',
      key: 'notice.alignmentPartial',
      params: { count: '20000' },
    });
  });

  it('keeps working and says so when the library is full', async () => {
    const h = await harness();
    const full = Object.create(h.library) as LibraryStorage;
    full.save = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const h2 = await harness({ library: full });
    await h2.engine.pageReported(1, enWithAlternate('/de.html'));
    await h2.engine.watch(1);
    expect(h2.last().status).toBe('ready');
    expect(h2.last().notices.map((n) => n.key)).toContain('notice.storageFull');
  });

  it('remembers the language the user chooses', async () => {
    const h = await harness();
    await h.engine.pageReported(1, enWithAlternate('/de.html'));
    await h.engine.watch(1);
    await h.engine.chooseLanguage(1, 'fr');
    expect(h.prefs.preferredLang).toBe('fr');
    expect(h.last().targetLang).toBe('fr');
    expect(h.last().status).toBe('no-counterpart');
  });

  it('uses the alignment it is given (Firefox: a worker), and says so when alignment fails', async () => {
    const calls: number[] = [];
    const h = await harness({
      align: async (a, b) => {
        calls.push(a.sentences.length, b.sentences.length);
        return [{ a: a.sentences.map((_, i) => i), b: b.sentences.map((_, i) => i), score: 0.5 }];
      },
    });
    await h.engine.pageReported(1, enWithAlternate('/de.html'));
    await h.engine.watch(1);
    expect(calls).toEqual([gold.en.length, gold.de.length]);
    expect(h.last().beads).toHaveLength(1);

    const broken = await harness({ align: async () => Promise.reject(new Error('worker crashed')) });
    await broken.engine.pageReported(1, enWithAlternate('/de.html'));
    await broken.engine.watch(1);
    expect(broken.last().status).toBe('error');
    expect(broken.last().notices.map((n) => n.key)).toContain('notice.alignmentFailed');
    expect(broken.last().page?.sentences).toEqual(gold.en);
  });

  it('tells the alignment when the tab has moved on, and shows nothing of a given-up one', async () => {
    let stillWanted: (() => boolean) | undefined;
    let release: () => void = () => undefined;
    const h = await harness({
      align: (_a, _b, wanted) => {
        stillWanted = wanted;
        return new Promise((_resolve, reject) => (release = () => reject(new Error('alignment cancelled'))));
      },
    });
    await h.engine.pageReported(1, enWithAlternate('/de.html'));
    const watching = h.engine.watch(1);
    for (let k = 0; k < 100 && !stillWanted; k++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stillWanted?.()).toBe(true);
    h.engine.navigated(1, `${origin}/elsewhere.html`);
    expect(stillWanted?.()).toBe(false);
    release();
    await watching;
    expect(h.last().status).toBe('no-article');
    expect(h.last().notices.map((n) => n.key)).not.toContain('notice.alignmentFailed');
  });

  it('asks the on-device translator for the alignment signal only when the user turned it on', async () => {
    const asked: string[] = [];
    const translateForAlignment = async (sentences: string[], from: string, to: string) => {
      asked.push(`${from}>${to}:${sentences.length}`);
      return null; // no language pack: the plain alignment is used
    };
    const h = await harness({ translateForAlignment });
    await h.engine.pageReported(1, enWithAlternate('/de.html'));
    await h.engine.watch(1);
    expect(asked).toEqual([]);
    h.prefs.alignWithTranslation = true;
    await h.engine.retry(1);
    expect(asked).toEqual([`en>de:${gold.en.length}`]);
    expect(h.last().beads?.map((b) => ({ en: b.a, de: b.b }))).toEqual(gold.pairs);
  });

  it("finds the site's other-language edition from its URL pattern when the page names none", async () => {
    const h = await harness();
    h.prefs.preferredLang = 'de'; // chosen in the panel earlier: the page names no German edition
    await h.engine.pageReported(1, report(`${origin}/en/story.html`, seedPageHtml('en')));
    await h.engine.watch(1);
    const view = h.last();
    expect(requests).toContain('/de/story.html');
    expect(view.status).toBe('ready');
    expect(view.counterpart?.source).toBe('alternate');
    expect(view.beads?.map((b) => ({ en: b.a, de: b.b }))).toEqual(gold.pairs);
  });

  it('says nothing about a wrong URL guess, and fetches nothing before the panel looks', async () => {
    const h = await harness();
    h.prefs.preferredLang = 'de';
    await h.engine.pageReported(1, report(`${origin}/en/missing.html`, seedPageHtml('en')));
    expect(requests).toEqual([]);
    await h.engine.watch(1);
    expect(requests).toEqual(['/de/missing.html']);
    expect(h.last().status).toBe('no-counterpart');
    expect(h.last().notices).toEqual([]);
  });

  it('never fetches a loopback alternate for a page on the public web, and says why', async () => {
    const h = await harness();
    // The page even claims the loopback address as its canonical URL: what counts is the tab's address.
    const html = seedPageHtml('en').replace('<head>', `<head><link rel="canonical" href="${origin}/en.html">`);
    await h.engine.pageReported(
      1,
      report('https://news.example/en.html', html, [{ lang: 'de', url: `${origin}/de.html` }]),
    );
    await h.engine.watch(1);
    expect(requests).toEqual([]);
    expect(h.last().status).toBe('no-counterpart');
    expect(h.last().notices).toEqual([
      { level: 'warning', key: 'notice.alternatePrivateAddress', params: { url: `${origin}/de.html` } },
    ]);
  });

  it('offers a machine translation as the last resort, labelled as such, only when set up and asked for', async () => {
    const machineTranslate = (sentences: string[], from: string, to: string) =>
      translateSentences({ kind: 'libretranslate', url: libreUrl }, sentences, from, to, fetch);
    const h = await harness({ machineTranslate });
    h.prefs.preferredLang = 'de';
    await h.engine.pageReported(1, report(`${origin}/en-plain.html`, seedPageHtml('en')));
    await h.engine.watch(1);
    expect(h.last().status).toBe('no-counterpart');
    expect(h.last().offerTranslation).toBeUndefined(); // not set up: not offered

    h.prefs.translation = 'service';
    await h.engine.retry(1);
    expect(h.last().offerTranslation).toBe('service');

    libreStatus = 429;
    await h.engine.translate(1);
    expect(h.last().status).toBe('no-counterpart');
    expect(h.last().notices.map((n) => n.key)).toContain('notice.translationRateLimited');

    libreStatus = 200;
    await h.engine.translate(1);
    const view = h.last();
    expect(view.status).toBe('ready');
    expect(view.counterpart?.source).toBe('translation');
    expect(view.counterpart?.lang).toBe('de');
    expect(view.counterpart?.sentences[1]).toBe(`[de/text] ${gold.en[1]}`);
    expect(view.notices.map((n) => n.key)).toContain('notice.machineTranslation');
    expect(view.beads).toHaveLength(gold.en.length);
  });

  it('takes an on-device translation from the panel only if it matches the page sentence for sentence', async () => {
    const h = await harness();
    h.prefs.preferredLang = 'de';
    await h.engine.pageReported(1, report(`${origin}/en-plain.html`, seedPageHtml('en')));
    await h.engine.watch(1);
    await h.engine.useTranslation(1, 'de', ['nur ein Satz']);
    expect(h.last().status).toBe('no-counterpart');
    await h.engine.useTranslation(
      1,
      'de',
      gold.en.map((s) => `(de) ${s}`),
    );
    expect(h.last().counterpart?.source).toBe('translation');
  });
});
