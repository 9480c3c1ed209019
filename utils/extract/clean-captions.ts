/**
 * Image captions and credits: blocks inside <figure>/<figcaption> (or caption-like classes),
 * and short credit lines (`Photo: AFP`, `Foto: dpa`, `© Getty Images`, `Image credit: …`).
 */
import { type Block, type CleanRule } from './clean-block.ts';

const CAPTION_HINT =
  /(?:^|[\s_-])(?:caption|credit|credits|photo-?credit|image-?credit|copyright|wp-caption-text|figcaption|media-caption|img-caption|bildunterschrift|legende|légende)(?:$|[\s_-])/;

/** Words that open a credit line, as regular-expression sources. */
const CREDIT_WORDS = [
  'photo',
  'photos',
  'photograph',
  'picture',
  'image',
  'images',
  'img',
  'credit',
  'credits',
  'illustration',
  'video',
  'graphic',
  'foto',
  'fotos',
  'bild',
  'bilder',
  'grafik',
  'quelle',
  'crédit',
  'crédits',
  'crédit photo',
  'photo\\s?:',
  'imagen',
  'immagine',
  'фото',
  'фотография',
  'иллюстрация',
  'صورة',
  'الصورة',
  'تصوير',
  '图片',
  '图',
  '照片',
  '摄影',
  '写真',
  '画像',
];
const CREDIT = new RegExp(
  `^(?:\\(?\\s*(?:${CREDIT_WORDS.join('|')})\\s*(?:credit|by|courtesy|von|de|par)?\\s*[:：/©|]|©|\\(c\\)|copyright\\b)`,
  'iu',
);
/** A credit at the end of a caption: `… Foto: dpa`, `… Фото: пресс-служба`, `…（新华社记者 摄）`. */
const CREDIT_AT_END =
  /(?:(?:^|[\s.!?»”)])(?:photo|photos|foto|fotos|фото|bild|image|picture|credit|crédit photo|crédit|صورة|تصوير)\s?[:：]\s?[^.!?]{1,60}|[（(][^（）()]{0,30}摄[）)]|[（(][^（）()]{0,20}(?:供图|图)[）)])\s*$/iu;
/** Chinese/Japanese caption openers: 图为…, 图片…, 写真は…. */
const CJK_CAPTION = /^(?:图为|圖為|图片|圖片|上图|下图|写真[:：は])/u;
const CREDIT_TAIL =
  /(?:\b(?:getty images|afp|ap photo|reuters|epa|dpa|shutterstock|istock|imago|picture alliance|keystone|anadolu|xinhua)\b[^.]*|\bphoto\b[^.]*)\)?\s*$/i;

function isCaption(block: Block): boolean {
  if (block.inFigure || block.tag === 'figcaption' || CAPTION_HINT.test(block.hint)) return true;
  const text = block.text;
  if (text.length > 200) return false;
  if (CREDIT.test(text) || CJK_CAPTION.test(text)) return true;
  if (text.length <= 160 && CREDIT_AT_END.test(text)) return true;
  // `The minister in Baku on Monday. (Getty Images)` — short, ends with an agency credit.
  return text.length <= 160 && /[(|/]\s*[^()|/]{0,40}\)?\s*$/.test(text) && CREDIT_TAIL.test(text);
}

/** Removes captions and photo credits. */
export const removeCaptions: CleanRule = (blocks) => blocks.filter((block) => !isCaption(block));
