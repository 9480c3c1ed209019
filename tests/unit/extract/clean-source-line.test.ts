// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeSourceLines } from '../../../utils/extract/clean-source-line.ts';

const context: CleanContext = { title: 'T', siteName: 'News.Az', host: 'news.az', byline: null };
const kept = (texts: string[], ctx = context) =>
  removeSourceLines(
    texts.map((text) => textBlock(text)),
    ctx,
  ).map((b) => b.text);
const lead = 'Baku hosted Monday another round of political consultations, News.Az reports.';

describe('removeSourceLines', () => {
  it('removes a trailing line equal to the site name or domain', () => {
    expect(kept([lead, 'News.Az'])).toEqual([lead]);
    expect(kept([lead, 'news.az'])).toEqual([lead]);
    expect(
      kept([lead, 'Rheinischer Anzeiger'], {
        ...context,
        siteName: 'Rheinischer Anzeiger',
        host: 'rheinischer-anzeiger.example',
      }),
    ).toEqual([lead]);
  });

  it('removes trailing source, agency and editor lines', () => {
    expect(kept([lead, 'Source: Reuters', '(AFP)', '责任编辑：王明'])).toEqual([lead]);
    expect(kept([lead, 'Quelle: dpa', '© 2024 News.Az'])).toEqual([lead]);
  });

  it('keeps a sentence that mentions the site, and source-like words in the body', () => {
    const body = [
      lead,
      'Sources close to the ministry said the visit would take place in spring next year.',
      'The final paragraph.',
    ];
    expect(kept(body)).toEqual(body);
  });
});
