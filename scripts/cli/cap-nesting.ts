/**
 * Elements nested thousands deep (a hostile or broken page) overflow the stack of a DOM
 * built by jsdom and make its tree building and Readability slow beyond any use. Such a page
 * is parsed once more with parse5 (jsdom's parser), its elements deeper than the limit left
 * out and their content kept, in order, in the deepest element kept; then serialised for
 * jsdom. A page nested within the limit is returned untouched.
 */
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

/** The deepest element nesting parsed; real pages stay well below (a news page: 20 to 60). */
export const MAX_NESTING = 200;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'image',
]);
/** Elements whose content is text, not markup, until their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements an opening tag of the same name closes when it is the current one (`<p>a<p>b`, `<li>…<li>`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'rt', 'rp']);

/** Opening tags that make the parser look down its stack of open elements (for a `<p>` to close). */
const SCOPE_SEARCHING = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'listing',
  'form',
  'li',
  'dd',
  'dt',
  'hr',
  'table',
]);

/**
 * The parser's work on deep stacks (elements looked at) beyond which a page is refused: its
 * tree building looks down the stack of open elements at each block's opening tag, which
 * grows with the square of the nesting (a chain of 50,000 `<div>`s: 1.25 billion, 15 s).
 * Real pages need a few million at most.
 */
export const MAX_NESTING_WORK = 200_000_000;

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;

export interface Nesting {
  /** How deep elements nest. */
  deepest: number;
  /** The elements the parser looks at in its stack (see MAX_NESTING_WORK). */
  work: number;
}

/**
 * How deep the page's elements nest, read off its tags in one linear pass: comments, raw text
 * and quoted attribute values are skipped, void and self-closed foreign elements add nothing,
 * an end tag closes up to its element. An estimate close to the parser's, never far below it.
 */
export function estimateNesting(html: string): Nesting {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let foreign = 0;
  let deepest = 0;
  let work = 0;
  const push = (name: string): void => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign++;
    if (stack.length > deepest) deepest = stack.length;
  };
  const pop = (): void => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (name === 'svg' || name === 'math') foreign--;
  };
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    TAG_NAME.lastIndex = i + (closing ? 2 : 1);
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      // `<!doctype …>`, `<?…>`, `</>` or a lone `<`: up to the next `>` or `<`.
      const next = html[i + 1] === '!' || html[i + 1] === '?' ? html.indexOf('>', i + 1) : i;
      if (next < 0) break;
      i = html.indexOf('<', next + 1);
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    // The tag's end, quoted attribute values skipped.
    let j = TAG_NAME.lastIndex;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      }
    }
    if (j >= html.length) break;
    if (closing) {
      if ((open.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      i = html.indexOf('<', j + 1);
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) pop();
    const selfClosed = html[j - 1] === '/' && (foreign > 0 || name === 'svg' || name === 'math');
    if (RAW_TEXT.has(name) && foreign === 0) {
      const end = new RegExp(`</${name}[\\s/>]`, 'gi');
      end.lastIndex = j + 1;
      const found = end.exec(html);
      if (!found) break;
      i = html.indexOf('<', found.index + 2);
      continue;
    }
    if (SCOPE_SEARCHING.has(name)) work += stack.length;
    if (!VOID.has(name) && !selfClosed) push(name);
    i = html.indexOf('<', j + 1);
  }
  return { deepest, work };
}

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * parse5's own tree with no element deeper than `maxDepth`: an element that would be is left
 * out, and what it holds (text, comments, elements) goes to the deepest element kept, in order,
 * a space standing for the element's bounds.
 */
function cappedTreeAdapter(maxDepth: number): TreeAdapter<DefaultTreeAdapterMap> {
  const depth = new WeakMap<Node, number>();
  /** An element left out → the element that takes its content. */
  const host = new WeakMap<Node, ParentNode>();
  const resolve = (parent: ParentNode): ParentNode => host.get(parent) ?? parent;
  /** Where `child` goes, or null when it is an element left out. */
  const place = (parent: ParentNode, child: ChildNode): ParentNode | null => {
    const target = resolve(parent);
    const level = depth.get(target) ?? 0;
    if (level >= maxDepth && defaultTreeAdapter.isElementNode(child)) {
      host.set(child, target);
      defaultTreeAdapter.insertText(target, ' ');
      return null;
    }
    depth.set(child, level + 1);
    return target;
  };
  return {
    ...defaultTreeAdapter,
    appendChild(parent, child) {
      const target = place(parent, child);
      if (target) defaultTreeAdapter.appendChild(target, child);
    },
    insertBefore(parent, child, reference) {
      const target = place(parent, child);
      if (target === parent) defaultTreeAdapter.insertBefore(parent, child, reference);
      else if (target) defaultTreeAdapter.appendChild(target, child);
    },
    insertText(parent, text) {
      defaultTreeAdapter.insertText(resolve(parent), text);
    },
    insertTextBefore(parent, text, reference) {
      const target = resolve(parent);
      if (target === parent) defaultTreeAdapter.insertTextBefore(parent, text, reference);
      else defaultTreeAdapter.insertText(target, text);
    },
    setTemplateContent(template, content) {
      const templateHost = host.get(template);
      if (templateHost) host.set(content, templateHost);
      else depth.set(content, depth.get(template) ?? 0);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
}

/** A page nested too deeply to parse in reasonable time. */
export class NestingError extends Error {
  constructor(readonly depth: number) {
    super(`elements nested about ${depth.toLocaleString('en')} deep, too deep to read`);
  }
}

/**
 * `html` as it is when it nests at most `maxDepth` deep, else re-serialised with its nesting
 * cut there. A NestingError when even that would take the parser too long.
 */
export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  const { deepest, work } = estimateNesting(html);
  if (work > MAX_NESTING_WORK) throw new NestingError(deepest);
  if (deepest <= maxDepth) return html;
  const treeAdapter = cappedTreeAdapter(maxDepth);
  const document = parse(html, { scriptingEnabled: false, treeAdapter });
  return serialize(document, { treeAdapter });
}
