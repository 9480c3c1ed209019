/**
 * `cli extract FILE [--url URL]` and `cli extract --jsonl` (the outside contract,
 * ../shared/CONTRACT.md): the article of an HTML page (`.html` or `.html.gz`) as JSON, by the
 * same code the extension runs (utils/extract/extract-article.ts) on a jsdom Document. In --jsonl
 * mode each stdin line `{"file","url"}` gives one result line, in order; a bad line gives
 * `{"error": "…"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../utils/extract/extract-article.ts';
import type { ExtractedArticle } from '../../utils/types.ts';
import { CliError, decodeUtf8, errorMessage, parseArgs, printJson, readBytes, type CliCommand } from './io.ts';
import { NestingError } from './cap-nesting.ts';
import { MAX_HTML_CHARS } from '../../utils/page/page-html.ts';
import { parseHtmlNode } from './parse-html-node.ts';

/**
 * The largest page file read (bytes, after decompression): far above any real page, which is
 * cut to MAX_HTML_CHARS once its scripts and styles are dropped.
 */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

const USAGE = 'usage: cli extract FILE [--url URL] | cli extract --jsonl  (stdin: {"file","url"} per line)';

/** Whether `text` looks like HTML (a tag or doctype near the start), not plain text or data. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65_536);
  return /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a|h[1-6]|table|ul|script|link|frameset|iframe)\b[^>]*>/i.test(
    head,
  );
}

/** Reads `path` (or stdin for `-`) as an HTML page; bad input is a CliError. */
export async function loadPage(
  path: string,
  url?: string,
): Promise<{ doc: Document; url: string; truncated: boolean }> {
  const bytes = await readBytes(path, MAX_PAGE_BYTES);
  const name = path === '-' ? 'standard input' : path;
  if (bytes.length === 0) throw new CliError(`${name} is empty`);
  const html = decodeUtf8(bytes, name);
  if (html.trim().length === 0) throw new CliError(`${name} is empty`);
  if (!looksLikeHtml(html)) throw new CliError(`${name} does not look like HTML`);
  let pageUrl: string;
  if (url !== undefined) {
    try {
      pageUrl = new URL(url).href;
    } catch {
      throw new CliError(`not a valid URL: ${url}`);
    }
  } else {
    pageUrl = path === '-' ? 'about:blank' : pathToFileURL(resolve(path)).href;
  }
  return { ...parsePage(html, pageUrl, name), url: pageUrl };
}

/**
 * Parses a page's HTML for the command-line tool: a page cut at MAX_HTML_CHARS is said so on
 * stderr (and `truncated` is set), one nested too deeply to read is a CliError.
 */
export function parsePage(html: string, url: string, name: string): { doc: Document; truncated: boolean } {
  let truncated = false;
  const onCut = (chars: number): void => {
    truncated = true;
    const limit = MAX_HTML_CHARS.toLocaleString('en');
    process.stderr.write(
      `warning: ${name} is ${chars.toLocaleString('en')} characters without its scripts and styles; only the first ${limit} are read\n`,
    );
  };
  try {
    return { doc: parseHtmlNode(html, url, { onCut }), truncated };
  } catch (error) {
    if (error instanceof NestingError) throw new CliError(`${name}: ${error.message}`);
    throw error;
  }
}

/** The result `cli extract` prints (ExtractedArticle, with `reason` only when there is one), `truncated: true` when the page was cut. */
function extractFile(page: {
  doc: Document;
  url: string;
  truncated: boolean;
}): ExtractedArticle & { truncated?: true } {
  const article = extractArticle(page.doc, page.url);
  return page.truncated ? { ...article, truncated: true } : article;
}

async function runJsonl(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    try {
      let request: unknown;
      try {
        request = JSON.parse(line);
      } catch {
        throw new CliError('line is not JSON');
      }
      if (typeof request !== 'object' || request === null) throw new CliError('line is not a JSON object');
      const { file, url } = request as { file?: unknown; url?: unknown };
      if (typeof file !== 'string' || file.length === 0) throw new CliError('line has no "file"');
      if (url !== undefined && url !== null && typeof url !== 'string') throw new CliError('"url" must be a string');
      const page = await loadPage(file, typeof url === 'string' ? url : undefined);
      printJson(extractFile(page));
    } catch (error) {
      printJson({ error: errorMessage(error) });
    }
  }
  // Errors are reported in-band, line by line; the run itself succeeded.
  return 0;
}

export const run: CliCommand = async (args) => {
  const { positional, flags } = parseArgs(args, ['jsonl'], ['url']);
  if (flags.has('jsonl')) {
    if (positional.length > 0 || flags.has('url')) throw new CliError(USAGE);
    return runJsonl();
  }
  if (positional.length !== 1) throw new CliError(USAGE);
  const url = flags.get('url');
  const page = await loadPage(positional[0]!, typeof url === 'string' ? url : undefined);
  printJson(extractFile(page));
  return 0;
};
