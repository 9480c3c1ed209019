/**
 * A local news site on 127.0.0.1 for the end-to-end tests and `npm start`'s demo: the seed
 * pair as real pages with page chrome, a homepage, an article with no counterpart, and
 * alternate links that go wrong in every way the extension must survive.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homepageHtml, newsPageHtml, seedPageHtml } from './news-page.ts';

export interface TestSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const LONELY_PARAGRAPHS = [
  'The city council of Tromsø voted on Tuesday to extend the harbour promenade by 450 metres, a project first proposed in 2019.',
  'Construction is expected to begin next spring and to cost about 12 million kroner, according to the council’s planning office.',
  'Local fishermen had opposed an earlier design that would have moved their moorings further from the town centre.',
  'The new plan keeps the moorings in place and adds a covered market hall at the northern end of the promenade.',
];

/** A German article on another story: an alternate link to it must be refused. */
const OTHER_STORY_DE = [
  'Die französische Stadt Lyon hat am Montag ihre siebte Straßenbahnlinie eröffnet, die 14 Kilometer lang ist.',
  'Die Bauarbeiten unter der Leitung des Verkehrsverbunds Sytral dauerten vier Jahre und kosteten 260 Millionen Euro.',
  'Bürgermeister Grégory Doucet sprach von einem wichtigen Tag für die Anwohner der östlichen Vororte.',
  'Die neue Linie verbindet den Bahnhof Part-Dieu mit dem Universitätsgelände in Bron.',
];

type Route = (respond: (status: number, type: string, body: string) => void) => void;

export async function startTestSite(): Promise<TestSite> {
  let origin = '';
  const pages: Record<string, Route> = {};
  const html =
    (body: () => string): Route =>
    (respond) =>
      respond(200, 'text/html; charset=utf-8', body());
  const withAlternate = (href: string) =>
    html(() => seedPageHtml('en', { alternates: [{ lang: 'de', url: `${origin}${href}` }] }));

  pages['/en.html'] = withAlternate('/de.html');
  pages['/de.html'] = html(() => seedPageHtml('de', { alternates: [{ lang: 'en', url: `${origin}/en.html` }] }));
  pages['/de-plain.html'] = html(() => seedPageHtml('de'));
  pages['/en-plain.html'] = html(() => seedPageHtml('en'));
  pages['/home.html'] = html(homepageHtml);
  const lonely = () =>
    newsPageHtml({
      lang: 'en',
      title: 'Tromsø extends its harbour promenade',
      paragraphs: LONELY_PARAGRAPHS,
      siteName: 'Nordic Post',
      published: '2024-05-14',
    });
  /**
   * A single-page app: `first` with a showArticle() that swaps in the English seed article (with
   * its alternate link) and changes the address, without a page load.
   */
  const singlePageApp = (first: () => string) =>
    html(() => {
      const article = JSON.stringify(seedPageHtml('en', { alternates: [{ lang: 'de', url: `${origin}/de.html` }] }));
      const script = `<script>window.showArticle = () => { const next = new DOMParser().parseFromString(${article.replace(/</g, '\\u003c')}, 'text/html'); document.documentElement.lang = next.documentElement.lang; document.head.replaceWith(next.head); document.body.replaceWith(next.body); history.pushState({}, '', '/spa/azerbaijan-belgium-consultations'); };</script>`;
      return first().replace('</body>', `${script}</body>`);
    });
  // From a homepage, and from an article without a counterpart.
  pages['/spa.html'] = singlePageApp(homepageHtml);
  pages['/spa-from-article.html'] = singlePageApp(lonely);
  pages['/lonely.html'] = html(lonely);
  // Alternates that go wrong.
  pages['/bad-404.html'] = withAlternate('/missing.html');
  pages['/bad-timeout.html'] = withAlternate('/slow.html');
  pages['/bad-type.html'] = withAlternate('/report.pdf');
  pages['/bad-language.html'] = withAlternate('/en-plain.html');
  pages['/bad-not-article.html'] = withAlternate('/home.html');
  pages['/bad-other-story.html'] = withAlternate('/de-other-story.html');
  pages['/de-other-story.html'] = html(() =>
    newsPageHtml({
      lang: 'de',
      title: 'Lyon eröffnet neue Straßenbahnlinie',
      paragraphs: OTHER_STORY_DE,
      siteName: 'Rhône Zeitung',
      published: '2024-09-02',
    }),
  );
  pages['/report.pdf'] = (respond) =>
    respond(200, 'application/pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
  pages['/slow.html'] = () => undefined; // never answers (the connection is closed when the site stops)

  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const route = pages[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Not found</title><h1>404 Not found</h1>');
      return;
    }
    route((status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
