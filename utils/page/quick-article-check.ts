/**
 * A quick, one-sided article test for the content script: true only when detectArticle would
 * say "article" too; false when it cannot tell, and the caller runs detectArticle.
 *
 * Why: in a content script's isolated world, the first script access to an element builds the
 * bindings of the element interfaces (HTMLElement, Element, …), and each function and regular
 * expression is compiled on first use; on a typical article that costs more than the reading
 * itself. This test touches no element from script: it asks the browser's XPath engine for
 * numbers, strings and booleans only, in as few expressions as it can (each costs its parse
 * and a walk of the document).
 *
 * detectArticle takes a page with a body of running text for an article when the page passes
 * Readability's readerable test or declares an article. This test asks the same with stricter
 * parts, each a lower bound of detectArticle's:
 * - a body of running text, by paragraphs without links that cannot be teasers (their parent is
 *   <body>, holds another paragraph beside them, or has no link);
 * - readerable, by the same paragraphs when they also have no class, id, style, hidden or
 *   aria-hidden attribute and are not in a list item (readerable measures them trimmed, which
 *   is never shorter than collapsed);
 * - in both, the score Σ√(length − 140) > 20 is shown by counts: 3 paragraphs of 200+
 *   characters (≥ 3·√60 ≈ 23.2) or one of 545+ (≥ √405 ≈ 20.1);
 * - declares an article: og:type and JSON-LD article types, read as detectArticle reads them
 *   (an XPath attribute test is case-sensitive, so it finds at most what the CSS selector finds);
 * - else readerable on its own (text in an <article> or <pre>, lines split by <br>, two long
 *   paragraphs), with too few links of a headline's length for a page of links, which
 *   detectArticle turns down whatever readerable says (see readerableWithFewLinks).
 * Lengths collapse the whitespace XPath knows and the no-break space, as detectArticle collapses
 * every Unicode space; a paragraph with other Unicode spaces in runs could read a few characters
 * longer here, which the margins above cover (3·√57 ≈ 22.6 and √401 ≈ 20.02 are still over 20).
 *
 * A broader version in one expression (readerable by class names too) decided more pages but
 * cost more than it saved: Blink's XPath engine is not fast, so each test after the first only
 * runs on the pages the ones before it could not decide.
 */
import { isArticleType, jsonLdBlockObjects, jsonLdTypesOf } from './article-metadata.ts';
import { isArticleOgType, mentionsArticleType } from './detect-article.ts';

/** XPathResult's result types, as numbers, so that interface object is never read. */
const NUMBER = 1;
const STRING = 2;
const BOOLEAN = 3;

type Evaluate = (expression: string, type: number) => XPathResult;

/** Nodes readerable would score whatever their class or id says: no class, id, style, hidden or aria-hidden. */
const PLAIN = '[not(@class|@id|@style|@hidden|@aria-hidden)]';

/** At least `n` characters once the whitespace XPath knows and the no-break space are collapsed. */
const collapsedAtLeast = (n: number): string => `[string-length(normalize-space(translate(.,'\u00A0',' ')))>=${n}]`;

/**
 * Running text: 3 long paragraphs or a very long one, without links and not teasers; `plain`:
 * only paragraphs readerable counts too. The second count only runs when the first falls short.
 *
 * Each predicate filters the paragraphs the previous ones kept, so the cheapest come first
 * (attributes; the raw length, never shorter than the collapsed one; links inside), and the
 * walks up and across the tree and the collapsing last. From the root element's body rather than
 * `//body`, which walks the whole document once more to find it (detectArticle reads
 * document.body, the root's body child, too).
 */
function runningText(plain: boolean): string {
  const paragraphs = (n: number) =>
    `/*/body//p${plain ? PLAIN : ''}[string-length(.)>=${n}][not(.//a)]${plain ? '[not(ancestor::li)]' : ''}${collapsedAtLeast(n)}` +
    '[parent::body or preceding-sibling::p or following-sibling::p or not(..//a)]';
  return `count(${paragraphs(200)})>=3 or boolean(${paragraphs(545)})`;
}

/** Pages with this many links or more are left to detectArticle here: counting headline links costs too much on them. */
const MANY_LINKS = 200;

/**
 * Readability's readerable test with a page of links ruled out: detectArticle says "article"
 * then, whatever else it sees. Readerable scores the p (not in a list item), pre and article
 * elements and each div holding a <br>; here only those with no class, id, style, hidden or
 * aria-hidden attribute (which readerable would all score), Σ√(length − 140) > 20 shown by
 * counts: 3 of 200+ characters, 2 of 262+ (2·√122 ≈ 22.1) or one of 545+, with the margins of
 * the lengths above. A page of links needs 8 links of 25+ characters: HTML links (`a` matches
 * only those in an HTML document, as detectArticle counts them), by a length never shorter than
 * detectArticle's collapsed one, so this count is never lower than its. The cheapest parts
 * first: a bare count of links, which leaves out the large pages of links (Wikipedia, portals),
 * where the rest would cost several milliseconds and rarely decide.
 */
function readerableWithFewLinks(): string {
  const links = '/*/body//a';
  const nodes = (n: number) =>
    `(/*/body//p[not(ancestor::li)]|/*/body//pre|/*/body//article|/*/body//div[br])${PLAIN}[string-length(.)>=${n}]${collapsedAtLeast(n)}`;
  return (
    `count(${links})<${MANY_LINKS} and count((${links})[string-length(.)>=25][string-length(normalize-space(.))>=25])<8` +
    ` and (count(${nodes(200)})>=3 or count(${nodes(262)})>=2 or boolean(${nodes(545)}))`
  );
}

/** The first og:type, as detectArticle reads it. */
function ogArticle(evaluate: Evaluate): boolean {
  return isArticleOgType(
    evaluate("string((//meta[@property='og:type' or @name='og:type'])[1]/@content)", STRING).stringValue,
  );
}

/** Whether a JSON-LD block declares an article type, as detectArticle reads the blocks. */
function jsonLdArticle(evaluate: Evaluate): boolean {
  const blocks = "//script[@type='application/ld+json']";
  const count = evaluate(`count(${blocks})`, NUMBER).numberValue;
  for (let i = 1; i <= count; i++) {
    const raw = evaluate(`string((${blocks})[${i}])`, STRING).stringValue;
    if (jsonLdBlockObjects(raw, mentionsArticleType).some((object) => jsonLdTypesOf(object).some(isArticleType)))
      return true;
  }
  return false;
}

/** True: `doc` is an article by detectArticle's rules. False: not known (run detectArticle). */
export function quickArticleCheck(doc: Document): boolean {
  const evaluate: Evaluate = (expression, type) => doc.evaluate(expression, doc, null, type, null);
  const test = (expression: string) => evaluate(expression, BOOLEAN).booleanValue;
  try {
    return (
      test(runningText(true)) ||
      ((ogArticle(evaluate) || jsonLdArticle(evaluate)) && test(runningText(false))) ||
      test(readerableWithFewLinks())
    );
  } catch {
    return false; // a document XPath cannot read: not known
  }
}
