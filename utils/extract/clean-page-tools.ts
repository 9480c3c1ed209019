/**
 * Page tools: font-size, print and date widgets that leave a short run of symbols, digits and
 * units in the text (`date 2024-10-21 + ↺ − 16 px`, `A A A`, `Print | Email`). Language
 * independent: few letters, short, no sentence; a small word list in several languages
 * catches the all-word ones (`Schriftgröße`, `Imprimer`).
 */
import { hasSentenceEnd, letterCount, wordsOf, type Block, type CleanRule } from './clean-block.ts';

/** Tool words (lower case): font size, print, reset, date labels, zoom. */
const TOOL_WORDS = new Set([
  'date',
  'px',
  'pt',
  'em',
  'a',
  'aa',
  'aaa',
  'font',
  'size',
  'text',
  'print',
  'reset',
  'zoom',
  'increase',
  'decrease',
  'larger',
  'smaller',
  'listen',
  'audio',
  'min',
  'read',
  'reading',
  'time',
  'updated',
  'published',
  'drucken',
  'schriftgröße',
  'schrift',
  'größe',
  'textgröße',
  'vorlesen',
  'datum',
  'lesezeit',
  'imprimer',
  'taille',
  'du',
  'texte',
  'police',
  'écouter',
  'lecture',
  'imprimir',
  'tamaño',
  'letra',
  'fecha',
  'stampa',
  'carattere',
  'dimensione',
  'печать',
  'шрифт',
  'размер',
  'дата',
  'طباعة',
  'حجم',
  'الخط',
  'تاريخ',
  '打印',
  '字号',
  '字体',
  '日期',
]);

function isToolLine(block: Block): boolean {
  const text = block.text;
  if (text.length === 0) return true;
  // Table rows of figures are data, not tools.
  if (block.tag === 'tr') return false;
  if (text.length > 80 || hasSentenceEnd(text)) return false;
  const words = wordsOf(text);
  const contentLetters = words
    .filter((word) => /\p{L}/u.test(word) && !TOOL_WORDS.has(word.toLowerCase()))
    .reduce((sum, word) => sum + letterCount(word), 0);
  const chars = text.replace(/\s+/g, '').length;
  // Symbols, digits, units and tool words only, or nearly so.
  if (contentLetters === 0) return /[\p{S}\p{N}+−–-]/u.test(text) || words.length > 0;
  return contentLetters / chars < 0.3 && /[\p{S}]|\d\s*(?:px|pt|em|%)/u.test(text);
}

/** Removes page-tool lines. */
export const removePageTools: CleanRule = (blocks) => blocks.filter((block) => !isToolLine(block));
