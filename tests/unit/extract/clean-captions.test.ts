// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeCaptions } from '../../../utils/extract/clean-captions.ts';

const context: CleanContext = { title: 'T', siteName: null, host: 'news.example', byline: null };
const kept = (texts: string[]) =>
  removeCaptions(
    texts.map((text) => textBlock(text)),
    context,
  ).map((b) => b.text);

describe('removeCaptions', () => {
  it('removes blocks inside figures and caption-like elements', () => {
    const blocks = [
      textBlock('The delegations met at the ministry.', { inFigure: true }),
      textBlock('Ein leerer Bahnsteig in Köln.', { hint: 'photo__caption' }),
      textBlock('L’hémicycle le 29 octobre.', { tag: 'figcaption' }),
    ];
    expect(removeCaptions(blocks, context)).toEqual([]);
  });

  it('removes credit lines and captions that end in a credit, in several languages', () => {
    expect(
      kept([
        'Photo: Press service',
        'Foto: dpa',
        '© Getty Images',
        'Новая станция «Южная». Фото: пресс-служба мэрии',
        'Ein leerer Bahnsteig in Köln während des Streiks. Foto: dpa',
        '图为施工现场。（新华社记者 摄）',
        'The minister arrives in Baku (Getty Images)',
      ]),
    ).toEqual([]);
  });

  it('keeps body text that mentions photos', () => {
    const body = [
      'The photo, taken in 1972, shows the old station.',
      'Photographers were not allowed into the hall, the ministry said.',
    ];
    expect(kept(body)).toEqual(body);
  });
});
