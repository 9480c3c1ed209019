/**
 * Writers for an alignment: TSV (one bead a line) and TMX 1.4 (translation memory
 * exchange). Several sentences of one side in a bead are joined with a space.
 */
import type { Bead, SegmentedText } from '../types.ts';

function joined(text: SegmentedText, ids: number[]): string {
  return ids.map((i) => text.sentences[i] ?? '').join(' ');
}

/** A TSV cell: no tabs or line breaks inside. */
function cell(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

function langOf(text: SegmentedText): string {
  return text.lang && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(text.lang) ? text.lang : 'und';
}

/**
 * TSV with a header line `a_ids  b_ids  score  <lang a>  <lang b>`; ids are comma-separated
 * 0-based sentence indexes (empty for an omission), score has three decimals (empty if none).
 */
export function alignmentToTsv(a: SegmentedText, b: SegmentedText, beads: Bead[]): string {
  const lines = [['a_ids', 'b_ids', 'score', langOf(a), langOf(b)].join('\t')];
  for (const bead of beads) {
    lines.push(
      [
        bead.a.join(','),
        bead.b.join(','),
        bead.score === undefined ? '' : bead.score.toFixed(3),
        cell(joined(a, bead.a)),
        cell(joined(b, bead.b)),
      ].join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}

/** Characters XML 1.0 does not allow: most control characters, U+FFFE/U+FFFF and lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attributes, dropping characters XML 1.0 does not allow. */
function xml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * TMX 1.4: one `<tu>` per bead, a `<tuv xml:lang>` per side that has sentences (an omission
 * gives a unit with one variant), the bead's confidence as `<prop type="x-score">`.
 */
export function alignmentToTmx(a: SegmentedText, b: SegmentedText, beads: Bead[]): string {
  const langA = langOf(a);
  const langB = langOf(b);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Counterpart" creationtoolversion="0.1.0" segtype="sentence" o-tmf="counterpart" adminlang="en" srclang="${xml(langA)}" datatype="plaintext"/>`,
    '  <body>',
  ];
  for (const bead of beads) {
    out.push('    <tu>');
    if (bead.score !== undefined) out.push(`      <prop type="x-score">${bead.score.toFixed(3)}</prop>`);
    if (bead.a.length) out.push(`      <tuv xml:lang="${xml(langA)}"><seg>${xml(joined(a, bead.a))}</seg></tuv>`);
    if (bead.b.length) out.push(`      <tuv xml:lang="${xml(langB)}"><seg>${xml(joined(b, bead.b))}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>');
  return out.join('\n') + '\n';
}
