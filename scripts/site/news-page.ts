/**
 * Realistic news pages for tests and the demo (unit tests parse them with jsdom; the
 * end-to-end tests and `npm start` serve them to real browsers): an article with the page chrome real news sites put around
 * it — header navigation, cookie banner, breadcrumbs, a page-tools widget, share buttons, a
 * photo with caption and credit, a `Tags:` list, the site name as a source line, related-article
 * teasers, a newsletter box and a footer — plus JSON-LD NewsArticle and og: tags. And a
 * homepage of headline links, which is not an article.
 */
import { readFileSync } from 'node:fs';
import type { Alternate } from '../../utils/types.ts';
import { sharedDataPath } from '../data/shared-data.ts';

export interface NewsPageOptions {
  lang: string;
  title: string;
  paragraphs: string[];
  alternates?: Alternate[];
  siteName?: string;
  published?: string;
  byline?: string;
}

/** Extras the seed pages need beyond NewsPageOptions. */
interface PageExtras {
  /** The page-tools widget's HTML (font size, date), placed above the body. */
  toolsHtml?: string;
  /** The tag label (default per language) and tags. */
  tagLabel?: string;
  tags?: string[];
  /** Whether the site name is printed as a source line after the body (default true). */
  sourceLine?: boolean;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Interface words of the page chrome, per language (falls back to English). */
const CHROME: Record<string, Record<string, string>> = {
  en: {
    home: 'Home',
    politics: 'Politics',
    economy: 'Economy',
    world: 'World',
    sport: 'Sport',
    culture: 'Culture',
    cookie:
      'We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies.',
    accept: 'Accept all',
    reject: 'Reject',
    share: 'Share',
    print: 'Print',
    tags: 'Tags:',
    related: 'Related news',
    newsletter: 'Subscribe to our newsletter',
    subscribe: 'Subscribe',
    by: 'By',
    rights: 'All rights reserved.',
    caption: 'The delegations met at the ministry on Monday.',
    credit: 'Photo: Press service',
    contact: 'Contact us',
    about: 'About us',
    privacy: 'Privacy policy',
    advert: 'Advertisement',
    readAlso: 'Read also:',
    teaser: 'Energy exports rise in the third quarter',
  },
  de: {
    home: 'Startseite',
    politics: 'Politik',
    economy: 'Wirtschaft',
    world: 'Welt',
    sport: 'Sport',
    culture: 'Kultur',
    cookie:
      'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Website stimmen Sie dem zu.',
    accept: 'Alle akzeptieren',
    reject: 'Ablehnen',
    share: 'Teilen',
    print: 'Drucken',
    tags: 'Tags:',
    related: 'Mehr zum Thema',
    newsletter: 'Newsletter abonnieren',
    subscribe: 'Abonnieren',
    by: 'Von',
    rights: 'Alle Rechte vorbehalten.',
    caption: 'Die Delegationen trafen sich am Montag im Ministerium.',
    credit: 'Foto: Pressedienst',
    contact: 'Kontakt',
    about: 'Über uns',
    privacy: 'Datenschutz',
    advert: 'Anzeige',
    readAlso: 'Lesen Sie auch:',
    teaser: 'Energieexporte steigen im dritten Quartal',
  },
  fr: {
    home: 'Accueil',
    politics: 'Politique',
    economy: 'Économie',
    world: 'Monde',
    sport: 'Sport',
    culture: 'Culture',
    cookie:
      'Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.',
    accept: 'Tout accepter',
    reject: 'Refuser',
    share: 'Partager',
    print: 'Imprimer',
    tags: 'Mots-clés :',
    related: 'À lire aussi',
    newsletter: 'Abonnez-vous à notre newsletter',
    subscribe: "S'abonner",
    by: 'Par',
    rights: 'Tous droits réservés.',
    caption: 'Les délégations se sont réunies lundi au ministère.',
    credit: 'Photo : service de presse',
    contact: 'Contact',
    about: 'Qui sommes-nous',
    privacy: 'Confidentialité',
    advert: 'Publicité',
    readAlso: 'À lire aussi :',
    teaser: "Les exportations d'énergie progressent au troisième trimestre",
  },
};

function words(lang: string): Record<string, string> {
  return CHROME[lang.split('-')[0] ?? 'en'] ?? CHROME['en']!;
}

function slugOf(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'article'
  );
}

function page(options: NewsPageOptions, extras: PageExtras = {}): string {
  const w = words(options.lang);
  const site = options.siteName ?? 'Daily Courier';
  const domain = site.toLowerCase().replace(/[^a-z0-9.]+/g, '') || 'dailycourier';
  const host = domain.includes('.') ? domain : `${domain}.example`;
  const published = options.published ?? '2024-10-21';
  const byline = options.byline ?? null;
  const canonical = `https://${host}/${options.lang}/news/${slugOf(options.title)}`;
  const description = options.paragraphs[0]?.slice(0, 150) ?? '';
  const tags = extras.tags ?? ['Politics', 'Diplomacy', 'Europe'];
  const alternates = (options.alternates ?? [])
    .map((alt) => `  <link rel="alternate" hreflang="${esc(alt.lang)}" href="${esc(alt.url)}">`)
    .join('\n');
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: options.title,
    datePublished: `${published}T09:30:00+04:00`,
    inLanguage: options.lang,
    ...(byline ? { author: { '@type': 'Person', name: byline } } : {}),
    publisher: { '@type': 'Organization', name: site },
    mainEntityOfPage: canonical,
  };
  const teasers = [
    ['Parliament approves the budget for next year after a long debate', '/news/budget'],
    ['Central bank keeps its key interest rate unchanged', '/news/rates'],
    ['Foreign minister receives the new ambassador of Japan', '/news/ambassador'],
    ['Energy exports rise in the third quarter, figures show', '/news/energy'],
  ];
  return `<!DOCTYPE html>
<html lang="${esc(options.lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(options.title)} | ${esc(site)}</title>
  <meta name="description" content="${esc(description)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(options.title)}">
  <meta property="og:site_name" content="${esc(site)}">
  <meta property="og:url" content="${esc(canonical)}">
  <meta property="og:locale" content="${esc(options.lang)}">
  <meta property="article:published_time" content="${esc(published)}T09:30:00+04:00">
${byline ? `  <meta name="author" content="${esc(byline)}">\n` : ''}  <link rel="canonical" href="${esc(canonical)}">
${alternates}
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
  <style>
    body { font-family: Georgia, serif; margin: 0; color: #222; }
    .site-header, .site-footer { background: #0b3d62; color: #fff; padding: 8px 16px; }
    .site-header a, .site-footer a { color: #fff; margin-right: 12px; }
    .cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff; padding: 12px; }
    .layout { display: flex; gap: 24px; max-width: 1100px; margin: 0 auto; padding: 16px; }
    .story { flex: 3; } .sidebar { flex: 1; font-size: 14px; }
  </style>
</head>
<body>
  <div class="cookie-banner" id="cookie-consent">
    <p>${esc(w['cookie']!)}</p>
    <button type="button">${esc(w['accept']!)}</button> <button type="button">${esc(w['reject']!)}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">${esc(site)}</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/">${esc(w['home']!)}</a></li>
        <li><a href="/politics">${esc(w['politics']!)}</a></li>
        <li><a href="/economy">${esc(w['economy']!)}</a></li>
        <li><a href="/world">${esc(w['world']!)}</a></li>
        <li><a href="/sport">${esc(w['sport']!)}</a></li>
        <li><a href="/culture">${esc(w['culture']!)}</a></li>
      </ul>
    </nav>
  </header>
  <div class="layout">
    <main class="story">
      <div class="crumbs"><a href="/">${esc(w['home']!)}</a> › <a href="/politics">${esc(w['politics']!)}</a></div>
      <article class="news-item">
        <h1 class="news-title">${esc(options.title)}</h1>
        ${byline ? `<div class="news-author">${esc(w['by']!)} ${esc(byline)}</div>` : ''}
        <figure class="news-photo">
          <img src="/media/photo-1.jpg" alt="" width="800" height="450">
          <figcaption>${esc(w['caption']!)} <span class="credit">${esc(w['credit']!)}</span></figcaption>
        </figure>
        <div class="news-text">
          ${extras.toolsHtml ?? `<div class="news-date"><time datetime="${esc(published)}">${esc(published)}</time></div>`}
${options.paragraphs
  .map(
    (p, i) =>
      `          <p>${esc(p)}</p>${
        i === 1 && options.paragraphs.length > 3
          ? `
          <p class="inline-more"><strong>${esc(w['readAlso']!)}</strong> <a href="/news/energy">${esc(w['teaser']!)}</a></p>`
          : ''
      }`,
  )
  .join('\n')}
${extras.sourceLine === false ? '' : `          <p class="news-origin"><a href="https://${esc(host)}/">${esc(site)}</a></p>`}
          <div class="news-labels"><span>${esc(extras.tagLabel ?? w['tags']!)}</span>${tags.map((tag) => ` <a href="/tag/${esc(slugOf(tag))}">${esc(tag)}</a>`).join('')}</div>
          <div class="news-buttons">
            <span>${esc(w['share']!)}</span>
            <a href="https://www.facebook.com/sharer.php?u=${esc(canonical)}">Facebook</a>
            <a href="https://twitter.com/intent/tweet?url=${esc(canonical)}">Twitter</a>
            <a href="https://t.me/share/url?url=${esc(canonical)}">Telegram</a>
            <a href="https://wa.me/?text=${esc(canonical)}">WhatsApp</a>
            <a href="javascript:window.print()">${esc(w['print']!)}</a>
          </div>
        </div>
      </article>
      <section class="more-news">
        <h2>${esc(w['related']!)}</h2>
        <ul>
${teasers.map(([text, href]) => `          <li><a href="${href}">${esc(text!)}</a></li>`).join('\n')}
        </ul>
      </section>
    </main>
    <aside class="sidebar">
      <div class="ad-box"><span>${esc(w['advert']!)}</span></div>
      <div class="mailing">
        <h3>${esc(w['newsletter']!)}</h3>
        <form action="/subscribe"><input type="email" name="email"> <button type="submit">${esc(w['subscribe']!)}</button></form>
      </div>
    </aside>
  </div>
  <footer class="site-footer">
    <a href="/about">${esc(w['about']!)}</a> <a href="/contact">${esc(w['contact']!)}</a> <a href="/privacy">${esc(w['privacy']!)}</a>
    <p>© 2024 ${esc(site)}. ${esc(w['rights']!)}</p>
  </footer>
</body>
</html>
`;
}

/** A news article page with real page chrome around `options.paragraphs`. */
export function newsPageHtml(options: NewsPageOptions): string {
  return page(options);
}

function seedLines(lang: 'en' | 'de'): string[] {
  return readFileSync(sharedDataPath('seed', `${lang}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The seed article (../shared/data/seed/{en,de}.txt) as a News.Az page: en.txt's first line
 * (`date 2024-10-21 + ↺ − 16 px`) is the page-tools widget and its trailing `News.Az` the
 * source line; de.txt's trailing `Tags:` is the tag label. Paragraphs exactly as in the files.
 */
export function seedPageHtml(lang: 'en' | 'de', options: { alternates?: Alternate[] } = {}): string {
  const lines = seedLines(lang);
  let paragraphs: string[];
  let toolsHtml: string | undefined;
  if (lang === 'en') {
    // ["date 2024-10-21 + ↺ − 16 px", lead, body, "News.Az"]
    paragraphs = lines.slice(1, -1);
    toolsHtml =
      '<div class="news-date-bar"><span class="lbl">date</span> <span>2024-10-21</span> ' +
      '<a href="#" class="fs-up">+</a> <a href="#" class="fs-reset">↺</a> <a href="#" class="fs-down">−</a> <span class="fs-val">16 px</span></div>';
  } else {
    // paragraphs…, "Tags:"
    paragraphs = lines.slice(0, -1);
  }
  return page(
    {
      lang,
      title:
        lang === 'en'
          ? 'Azerbaijan and Belgium hold political consultations in Baku'
          : 'Aserbaidschan und Belgien führen politische Konsultationen in Baku',
      paragraphs,
      alternates: options.alternates,
      siteName: 'News.Az',
      published: '2024-10-21',
    },
    {
      toolsHtml,
      tagLabel: 'Tags:',
      tags: lang === 'en' ? ['Azerbaijan', 'Belgium', 'COP29'] : ['Aserbaidschan', 'Belgien', 'COP29'],
      sourceLine: lang === 'en',
    },
  );
}

/** A news homepage: many headline links and short teasers; not an article. */
export function homepageHtml(): string {
  const sections = ['Politics', 'Economy', 'World', 'Sport', 'Culture'];
  const headlines = [
    'Parliament approves the budget for next year after a long debate',
    'Central bank keeps its key interest rate unchanged for the third time',
    'Foreign minister receives the new ambassador of Japan in the capital',
    'Energy exports rise in the third quarter, official figures show',
    'New metro line opens to passengers after four years of construction',
    'National team wins the qualifier and goes through to the finals',
    'Film festival announces its jury and the films in competition',
    'Heavy rain expected in the north over the weekend, forecasters warn',
    'University launches a research centre for renewable energy',
    'Ministers discuss trade and transport at a regional summit',
    'Tech companies pledge investment in the data centre sector',
    'Old town restoration project wins a European heritage award',
  ];
  const teaser =
    'Officials said on Monday that the plan would be presented to the cabinet next week, after months of consultations with regional authorities, business groups and trade unions across the country.';
  const cards = headlines
    .map(
      (headline, i) => `      <article class="card">
        <a href="/news/${i + 1}"><img src="/media/t${i + 1}.jpg" alt=""></a>
        <h3><a href="/news/${i + 1}">${esc(headline)}</a></h3>
        ${i % 3 === 0 ? `<p>${esc(teaser)}</p>` : ''}
        <span class="when">2024-10-21</span>
      </article>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Daily Courier — news from the region and the world</title>
  <meta property="og:type" content="website">
  <meta property="og:title" content="Daily Courier">
  <meta property="og:site_name" content="Daily Courier">
  <link rel="alternate" hreflang="de" href="https://dailycourier.example/de/">
  <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Daily Courier', url: 'https://dailycourier.example/' })}</script>
</head>
<body>
  <div class="cookie-banner"><p>We use cookies to improve your experience on our website.</p><button>Accept all</button></div>
  <header class="site-header">
    <a class="logo" href="/">Daily Courier</a>
    <nav><ul>${sections.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
  </header>
  <main>
    <section class="top-stories">
      <h2>Top stories</h2>
${cards}
    </section>
    <section class="latest">
      <h2>Latest news</h2>
      <ul>
${headlines.map((h, i) => `        <li><a href="/news/${i + 101}">${esc(h.replace(/ the /, ' a '))}</a> <span>10:${String(i + 10)}</span></li>`).join('\n')}
      </ul>
    </section>
  </main>
  <footer class="site-footer"><a href="/about">About us</a> <a href="/contact">Contact us</a><p>© 2024 Daily Courier</p></footer>
</body>
</html>
`;
}
