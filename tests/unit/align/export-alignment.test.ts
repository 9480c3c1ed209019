import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { alignmentToTmx, alignmentToTsv } from '../../../utils/align/export-alignment.ts';
import type { Bead, SegmentedText } from '../../../utils/types.ts';

const a: SegmentedText = {
  lang: 'de',
  sentences: ['Er sagte: "A & B <sind> gut".', 'Zweiter\tSatz\nmit Umbruch.', 'Nur deutsch.'],
  paragraphOf: [0, 0, 1],
};
const b: SegmentedText = {
  lang: 'fr',
  sentences: ['Il a dit : « A & B sont bons ».', 'Deuxième phrase.'],
  paragraphOf: [0, 0],
};
const beads: Bead[] = [
  { a: [0], b: [0], score: 0.9321 },
  { a: [1], b: [1] },
  { a: [2], b: [], score: 0.5 },
];

describe('alignmentToTsv', () => {
  it('writes a header and one bead a line, without tabs or line breaks inside cells', () => {
    const tsv = alignmentToTsv(a, b, beads);
    const lines = tsv.split('\n').slice(0, -1);
    expect(lines[0]).toBe('a_ids\tb_ids\tscore\tde\tfr');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.split('\t')).toHaveLength(5);
    expect(lines[1]).toBe('0\t0\t0.932\tEr sagte: "A & B <sind> gut".\tIl a dit : « A & B sont bons ».');
    expect(lines[2]).toBe('1\t1\t\tZweiter Satz mit Umbruch.\tDeuxième phrase.');
    expect(lines[3]).toBe('2\t\t0.500\tNur deutsch.\t');
  });

  it('joins the sentences of a merged bead', () => {
    const tsv = alignmentToTsv(a, b, [{ a: [0, 1], b: [0], score: 1 }]);
    expect(tsv.split('\n')[1]).toContain('gut". Zweiter Satz');
  });
});

describe('alignmentToTmx', () => {
  const parse = (xml: string): Document => {
    const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    return doc;
  };

  it('is well-formed TMX 1.4 with languages and escaped text', () => {
    const xml = alignmentToTmx(a, b, beads);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(xml);
    const tmx = doc.documentElement;
    expect(tmx.tagName).toBe('tmx');
    expect(tmx.getAttribute('version')).toBe('1.4');
    const header = doc.getElementsByTagName('header')[0]!;
    expect(header.getAttribute('srclang')).toBe('de');
    for (const attr of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'datatype']) {
      expect(header.hasAttribute(attr)).toBe(true);
    }
    const units = [...doc.getElementsByTagName('tu')];
    expect(units).toHaveLength(3);
    const tuvs = [...units[0]!.getElementsByTagName('tuv')];
    expect(tuvs.map((t) => t.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'))).toEqual(['de', 'fr']);
    expect(tuvs[0]!.textContent).toBe(a.sentences[0]);
    expect(tuvs[1]!.textContent).toBe(b.sentences[0]);
    expect(units[0]!.getElementsByTagName('prop')[0]!.textContent).toBe('0.932');
    // an omission is a unit with one variant
    expect(units[2]!.getElementsByTagName('tuv')).toHaveLength(1);
  });

  it('drops characters XML cannot hold and survives odd language codes', () => {
    const odd: SegmentedText = { lang: 'und', sentences: ['bad \u0001 char \uD800 here'], paragraphOf: [0] };
    const weird: SegmentedText = { lang: '"><x', sentences: ['ok'], paragraphOf: [0] };
    const doc = parse(alignmentToTmx(odd, weird, [{ a: [0], b: [0] }]));
    expect(doc.getElementsByTagName('seg')[0]!.textContent).toBe('bad  char  here');
    expect(doc.getElementsByTagName('tuv')[1]!.getAttribute('xml:lang')).toBe('und');
  });

  it('writes an empty body for no beads', () => {
    const doc = parse(alignmentToTmx(a, b, []));
    expect(doc.getElementsByTagName('tu')).toHaveLength(0);
  });
});
