/**
 * "Read more" teasers and link lists: blocks that are (nearly) all link text — headlines of
 * other articles, navigation — and the labels that introduce them (`Read more`, `Lesen Sie
 * auch`, `À lire aussi`, `Читайте также`, `اقرأ أيضا`, `相关阅读`), with the link items after
 * such a label.
 */
import { hasSentenceEnd, linkDensity, type Block, type CleanRule } from './clean-block.ts';

const TEASER_LABEL = new RegExp(
  '^(?:' +
    [
      'read more',
      'read also',
      'also read',
      'read next',
      'more on this( story)?',
      'more from [\\p{L}\\s.]+',
      'related( articles?| stories| news| content| coverage)?',
      'see also',
      'you may also like',
      'you might also like',
      'recommended( for you)?',
      'most read',
      'most popular',
      'trending( now)?',
      'lesen sie (auch|mehr)',
      'mehr zum thema',
      'auch interessant',
      'weitere artikel',
      'das könnte sie auch interessieren',
      'meistgelesen',
      'à lire aussi',
      'a lire aussi',
      'lire aussi',
      'lire la suite',
      'sur le même sujet',
      'à voir aussi',
      'les plus lus',
      'lee también',
      'leer más',
      'te puede interesar',
      'leggi anche',
      'potrebbe interessarti',
      'leia também',
      'leia mais',
      'lees ook',
      'читайте также',
      'читать далее',
      'смотрите также',
      'по теме',
      'читайте ещё',
      'еще по теме',
      'популярное',
      'اقرأ أيضا',
      'اقرأ أيضاً',
      'اقرأ ايضا',
      'اقرأ المزيد',
      'مواضيع ذات صلة',
      'أخبار ذات صلة',
      'الأكثر قراءة',
      '相关阅读',
      '相关新闻',
      '延伸阅读',
      '推荐阅读',
      '阅读更多',
      '更多',
      '热门',
      '関連記事',
      'あわせて読みたい',
    ].join('|') +
    ')\\s*[:：…»>.]*',
  'iu',
);

function isLabel(block: Block): boolean {
  const match = TEASER_LABEL.exec(block.text);
  if (!match) return false;
  const rest = block.text.slice(match[0].length).trim();
  // a bare label, or a label and a linked headline (`Read more: Minister visits Baku`).
  return rest.length === 0 || (linkDensity(block) > 0.5 && rest.length <= 200);
}

/** A block that is almost all link text and not a body sentence with links in it. */
function isLinkBlock(block: Block): boolean {
  const density = linkDensity(block);
  if (density >= 0.9) return block.text.length < 300;
  return density >= 0.6 && !hasSentenceEnd(block.text) && block.text.length < 200;
}

/** Removes teaser labels, the link items after them, and link-only blocks. */
export const removeTeasers: CleanRule = (blocks) => {
  const out: Block[] = [];
  let afterLabel = false;
  for (const block of blocks) {
    if (isLabel(block)) {
      afterLabel = true;
      continue;
    }
    if (isLinkBlock(block)) continue;
    if (
      afterLabel &&
      block.text.length < 200 &&
      (linkDensity(block) > 0.3 || block.tag === 'li' || /^h[2-6]$/.test(block.tag))
    )
      continue;
    afterLabel = false;
    out.push(block);
  }
  return out;
};
