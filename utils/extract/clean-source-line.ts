/**
 * Source lines: a short line near the end naming the site or agency instead of saying
 * anything (`News.Az`, `Source: Reuters`, `(AFP)`, `© 2024 Example News`).
 */
import { fold, type Block, type CleanContext, type CleanRule } from './clean-block.ts';

/** Words that open a source line, as regular-expression sources. */
const SOURCE_WORDS = [
  'source',
  'sources',
  'quelle',
  'quellen',
  'fuente',
  'fonte',
  'bron',
  'источник',
  'المصدر',
  '来源',
  '來源',
  '出典',
  '©',
  '\\(c\\)',
  'copyright',
  'editor',
  'edited by',
  'editing by',
  'reporting by',
  'redaktion',
  'bearbeitet von',
  'rédaction',
  'édité par',
  'редактор',
  'محرر',
  'تحرير',
  '责任编辑',
  '責任編輯',
  '编辑',
  '編輯',
  '记者',
  '記者',
];
const SOURCE_PREFIX = new RegExp(`^(?:${SOURCE_WORDS.join('|')})\\s*[:：]?\\s*`, 'iu');
const AGENCIES =
  /^(?:\(?(?:afp|ap|dpa|reuters|ria novosti|tass|ansa|efe|kna|xinhua|anadolu|apa|sda|kyodo|yonhap|wafa|ina|mena|qna|wam|spa|bna|trend|azertac|interfax)\)?[\s,/]*)+$/i;

function siteNames(context: CleanContext): Set<string> {
  const names = new Set<string>();
  const add = (value: string | null | undefined): void => {
    const folded = fold(value ?? '');
    if (folded.length >= 2) names.add(folded);
  };
  add(context.siteName);
  add(context.host);
  add(context.host.split('.').slice(0, -1).join('.'));
  add(context.host.split('.')[0]);
  return names;
}

function isSourceLine(block: Block, names: Set<string>): boolean {
  const text = block.text;
  if (text.length > 60) return false;
  const folded = fold(text);
  if (folded.length === 0) return false;
  if (names.has(folded)) return true;
  if (AGENCIES.test(text.trim())) return true;
  const rest = text.replace(SOURCE_PREFIX, '');
  if (rest !== text) {
    const foldedRest = fold(rest.replace(/\b(?:19|20)\d{2}\b/g, ''));
    if (foldedRest.length === 0 || names.has(foldedRest) || AGENCIES.test(rest.trim()) || rest.split(/\s+/).length <= 4)
      return true;
  }
  return false;
}

/** Removes source lines among the last three blocks, and anywhere a block is just the site's name. */
export const removeSourceLines: CleanRule = (blocks, context) => {
  const names = siteNames(context);
  const tailStart = Math.max(0, blocks.length - 3);
  return blocks.filter((block, index) => {
    if (index >= tailStart) return !isSourceLine(block, names);
    return !names.has(fold(block.text));
  });
};
