// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeShareLabels } from '../../../utils/extract/clean-share-labels.ts';

const context: CleanContext = { title: 'T', siteName: null, host: 'news.example', byline: null };
const kept = (texts: string[]) =>
  removeShareLabels(
    texts.map((text) => textBlock(text)),
    context,
  ).map((b) => b.text);

describe('removeShareLabels', () => {
  it('removes share, follow, subscribe, cookie and ad labels in several languages', () => {
    const labels = [
      'Share this article',
      'Share on Facebook Twitter WhatsApp',
      'Follow us on Telegram',
      'Subscribe to our newsletter',
      'Artikel teilen: Facebook X WhatsApp E-Mail',
      'Abonnieren',
      'Partager : Facebook X LinkedIn',
      "S'abonner",
      'Поделиться: ВКонтакте Telegram',
      'شارك: فيسبوك تويتر واتساب',
      '分享到：微信 微博',
      'Advertisement',
      'Anzeige',
      'Accept all cookies',
    ];
    expect(kept(labels)).toEqual([]);
  });

  it('keeps body sentences full of such words', () => {
    const body = [
      'Facebook said it would share the data with the regulator.',
      'Twitter and Telegram were blocked for a week.',
      'Die Aktie der Bahn legte zu.',
      'Share prices fell sharply on Monday',
    ];
    expect(kept(body)).toEqual(body);
  });
});
