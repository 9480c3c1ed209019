/**
 * Image captions and credits: blocks inside <figure>/<figcaption> (or caption-like classes),
 * and short credit lines (`Photo: AFP`, `Foto: dpa`, `© Getty Images`, `Image credit: …`).
 */
import { type Block, type CleanRule } from './clean-block.ts';

const CAPTION_HINT = /(?:^|[\s_-])(?:caption|credit|credits|photo-?credit|image-?credit|copyright|wp-caption-text|figcaption|media-caption|img-caption|bildunterschrift|legende|légende)(?:$|[\s_-])/;

const CREDIT =
  /^(?:\(?\s*(?:photo|photos|photograph|picture|image|images|img|credit|credits|illustration|video|graphic|foto|fotos|bild|bilder|grafik|quelle|crédit|crédits|crédit photo|photo\s?:|imagen|immagine|фото|фотография|иллюстрация|صورة|الصورة|تصوير|图片|图|照片|摄影|写真|画像)\s*(?:credit|by|courtesy|von|de|par)?\s*[:：/©|]|©|\(c\)|copyright\b)/iu;
const CREDIT_TAIL = /(?:\b(?:getty images|afp|ap photo|reuters|epa|dpa|shutterstock|istock|imago|picture alliance|keystone|anadolu|xinhua)\b[^.]*|\bphoto\b[^.]*)\)?\s*$/i;

function isCaption(block: Block): boolean {
  if (block.inFigure || block.tag === 'figcaption' || CAPTION_HINT.test(block.hint)) return true;
  const text = block.text;
  if (text.length > 200) return false;
  if (CREDIT.test(text)) return true;
  // `The minister in Baku on Monday. (Getty Images)` — short, ends with an agency credit.
  return text.length <= 160 && /[(|/]\s*[^()|/]{0,40}$/.test(text) && CREDIT_TAIL.test(text);
}

/** Removes captions and photo credits. */
export const removeCaptions: CleanRule = (blocks) => blocks.filter((block) => !isCaption(block));
