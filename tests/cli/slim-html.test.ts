import { describe, expect, it } from 'vitest';
import { slimHtml } from '../../scripts/cli/slim-html.ts';

/** The same removals written as regular expressions (quadratic on unclosed elements; fine on small inputs). */
function slimByRegex(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '<svg></svg>');
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<script>',
  '<SCRIPT src="a.js">',
  '<script type="application/ld+json">',
  '<script type="APPLICATION/LD+JSON" ',
  '</script>',
  '</script >',
  '</SCRIPT\n>',
  '<scripts>',
  '<style>',
  '<style media="x">',
  '</style>',
  '<!--',
  '-->',
  '<!-->',
  '--',
  '<svg viewBox="0 0 1 1">',
  '<SVG>',
  '</svg>',
  '</svg  >',
  '<p>',
  '</p>',
  'text ',
  '>',
  '<',
  '"',
  ' ',
  '\n',
  'application/ld+json',
  '<script ',
];

describe('slimHtml', () => {
  it('removes what the regular expressions remove, on 3,000 generated pages', () => {
    const next = random(19);
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 40);
      let html = '';
      for (let j = 0; j < length; j++) html += PIECES[Math.floor(next() * PIECES.length)];
      expect(slimHtml(html), html).toBe(slimByRegex(html));
    }
  });

  it('keeps JSON-LD and the text around what it removes', () => {
    const html =
      '<head><script type="application/ld+json">{"a":1}</script><style>p{}</style></head><body><!-- x --><p>Hello</p><svg><path d="M0"/></svg><script>var a;</script></body>';
    expect(slimHtml(html)).toBe(
      '<head><script type="application/ld+json">{"a":1}</script></head><body><p>Hello</p><svg></svg></body>',
    );
  });

  // A hang guard, not a speed target (the figures are in the benchmarks): the regular expressions
  // take minutes on these 4 MB pages, growing about 4× each time the page doubles.
  it.each([
    ['comments left open', '<p>Some text here.</p><!-- c '],
    ['scripts left open', '<p>Some text here.</p><script>x'],
    ['script tags never ended', '<p>Some text here.</p><script '],
    ['styles left open', '<p>Some text here.</p><style>'],
    ['svg left open', '<p>Some text here.</p><svg>'],
  ])(
    'slims 4 MB of %s in one pass',
    (_, unit) => {
      const html = unit.repeat(Math.ceil(4_000_000 / unit.length));
      expect(slimHtml(html).length).toBeLessThanOrEqual(html.length);
    },
    20_000,
  );
});
