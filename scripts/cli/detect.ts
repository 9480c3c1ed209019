/**
 * `cli detect FILE` (the outside contract, ../shared/CONTRACT.md):
 * `{ "lang": "de", "confidence": 0.98 }`. FILE is plain text, or an HTML page (then its article
 * text is weighed against the language it declares).
 */
import { detectLanguage } from '../../utils/language/detect-language.ts';
import { extractArticle } from '../../utils/extract/extract-article.ts';
import { CliError, parseArgs, printJson, readText, type CliCommand } from './io.ts';
import { looksLikeHtml, MAX_PAGE_BYTES, parsePage } from './extract.ts';

const USAGE = 'usage: cli detect FILE';

export const run: CliCommand = async (args) => {
  const { positional } = parseArgs(args, [], []);
  if (positional.length !== 1) throw new CliError(USAGE);
  const path = positional[0]!;
  const text = await readText(path, MAX_PAGE_BYTES);
  const name = path === '-' ? 'standard input' : path;
  if (text.trim().length === 0) throw new CliError(`${name} is empty`);
  if (looksLikeHtml(text)) {
    const { doc } = parsePage(text, 'about:blank', name);
    const article = extractArticle(doc, 'about:blank');
    const body = article.text || (doc.body?.textContent ?? '');
    const declared =
      doc.documentElement?.getAttribute('lang') ??
      doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ??
      null;
    printJson(detectLanguage(body, declared));
    return 0;
  }
  printJson(detectLanguage(text));
  return 0;
};
