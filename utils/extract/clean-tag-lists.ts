/**
 * Tag lists: a `Tags:` label (in many languages) alone or followed by its short items, and
 * the run of short link items that follows a bare label.
 */
import { linkDensity, type Block, type CleanRule } from './clean-block.ts';

const TAG_LABEL = new RegExp(
  '^(?:' +
    [
      'tags?',
      'tagged(?: with| in)?',
      'topics?',
      'related topics',
      'keywords?',
      'filed under',
      'categories',
      'category',
      'schlagwörter',
      'schlagworte',
      'stichwörter',
      'stichworte',
      'themen',
      'thema',
      'mots[- ]clés',
      'mots[- ]clefs',
      'sujets',
      'thèmes',
      'étiquettes',
      'etiquetas',
      'temas',
      'palabras clave',
      'palavras[- ]chave',
      'tópicos',
      'argomenti',
      'etichette',
      'parole chiave',
      'trefwoorden',
      'onderwerpen',
      'теги',
      'метки',
      'темы',
      'ключевые слова',
      'тэги',
      'الكلمات المفتاحية',
      'كلمات مفتاحية',
      'وسوم',
      'الوسوم',
      'مواضيع',
      '标签',
      '關鍵字',
      '关键词',
      '關鍵詞',
      '相关标签',
      'タグ',
      'キーワード',
      '태그',
      'etiketler',
      'tagi',
      'štítky',
      'címkék',
    ].join('|') +
    ')\\s*[:：]?',
  'iu',
);

function isTagBlock(block: Block): 'label' | 'list' | false {
  const match = TAG_LABEL.exec(block.text);
  if (!match) return false;
  const rest = block.text.slice(match[0].length).trim();
  if (rest.length === 0) return 'label';
  // `Tags: Azerbaijan, Belgium, COP29` — a label (with its colon) and short items.
  const hasColon = /[:：]\s*$/.test(match[0]);
  const items = rest.split(/\s*[,;|•·/#]\s*|\s{2,}/).filter(Boolean);
  const shortItems = items.every((item) => item.length <= 40 && !/[.!?。]$/.test(item));
  if ((hasColon || linkDensity(block) > 0.5) && shortItems && rest.length <= 400) return 'list';
  return false;
}

/** Removes tag labels, tag lists, and the short link items right after a bare label. */
export const removeTagLists: CleanRule = (blocks) => {
  const out: Block[] = [];
  let afterLabel = false;
  for (const block of blocks) {
    const kind = isTagBlock(block);
    if (kind) {
      afterLabel = kind === 'label';
      continue;
    }
    if (afterLabel && block.text.length <= 40 && (linkDensity(block) > 0.5 || block.tag === 'li')) continue;
    afterLabel = false;
    out.push(block);
  }
  return out;
};
