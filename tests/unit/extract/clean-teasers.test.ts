// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeTeasers } from '../../../utils/extract/clean-teasers.ts';

const context: CleanContext = { title: 'T', siteName: null, host: 'news.example', byline: null };
const linked = (text: string, extra = {}) => textBlock(text, { linkChars: text.length, ...extra });

describe('removeTeasers', () => {
  it('removes "read also" lines with their linked headline, in several languages', () => {
    const lines = [
      ['Read also: ', 'Energy exports rise in the third quarter'],
      ['Lesen Sie auch: ', 'Was sich beim Fahrplanwechsel ändert'],
      ['À lire aussi : ', 'Retraites : le calendrier de la réforme'],
      ['Читайте также: ', 'В городе запустят новые трамваи'],
      ['اقرأ أيضاً: ', 'تراجع منسوب البحر الميت'],
      ['相关阅读：', '西部陆海新通道货运量创新高'],
    ].map(([label, link]) => textBlock(label! + link!, { linkChars: link!.length }));
    expect(removeTeasers(lines, context)).toEqual([]);
  });

  it('removes a related label and the headline list after it, and link-only blocks', () => {
    const blocks = [
      textBlock('The talks ended on Monday.'),
      textBlock('Related news', { tag: 'h2' }),
      linked('Parliament approves the budget for next year', { tag: 'li' }),
      linked('Central bank keeps its key interest rate unchanged', { tag: 'li' }),
      linked('Home Politics Economy World Sport'),
    ];
    expect(removeTeasers(blocks, context).map((b) => b.text)).toEqual(['The talks ended on Monday.']);
  });

  it('keeps body paragraphs with links in them', () => {
    const text = 'The ministry published the full statement on its website on Monday evening.';
    const blocks = [
      textBlock(text, { linkChars: 20 }),
      textBlock('Read more about the history of the talks below, where each round is described.'),
    ];
    expect(removeTeasers(blocks, context)).toHaveLength(2);
  });
});
