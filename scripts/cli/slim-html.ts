/**
 * Drops the bulk of a large page that never holds article text (inline scripts and data,
 * styles, comments, inline SVG) before it is parsed. One pass per kind, linear in the page
 * whatever it holds: an element left open (an unclosed `<!--` or `<script>`) stops that kind's
 * pass, since no later one of the kind can close either.
 */

/** Where `needle` (ASCII) last occurs in `text`, in any case; -1 if nowhere. */
function lastIndexOfIgnoringCase(text: string, needle: string): number {
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
  let last = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    last = match.index;
    pattern.lastIndex = match.index + 1;
  }
  return last;
}

/** Removes every `<name …>…</name>` (an opening tag whose attributes mention `keepIf` stays), each replaced by `replacement`. */
function removeElements(html: string, name: string, replacement: string, keepIf?: string): string {
  const opener = new RegExp(`<${name}\\b`, 'gi');
  const closer = new RegExp(`</${name}\\s*>`, 'gi');
  const parts: string[] = [];
  let copied = 0;
  // The end (`>`) of the opening tag last looked at, and where `keepIf` last occurs before it.
  let tagEnd = -1;
  let keepAt = -1;
  for (let match = opener.exec(html); match; match = opener.exec(html)) {
    const start = match.index;
    if (start >= tagEnd) {
      tagEnd = html.indexOf('>', start);
      if (tagEnd < 0) break;
      keepAt = keepIf ? lastIndexOfIgnoringCase(html.slice(start, tagEnd), keepIf) : -1;
      if (keepAt >= 0) keepAt += start;
    }
    if (keepIf && keepAt >= start + name.length + 1) {
      opener.lastIndex = start + 1;
      continue;
    }
    closer.lastIndex = tagEnd + 1;
    const close = closer.exec(html);
    if (!close) break;
    parts.push(html.slice(copied, start), replacement);
    copied = closer.lastIndex;
    opener.lastIndex = copied;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** Removes every `<!-- … -->`. */
function removeComments(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let start = html.indexOf('<!--'); start >= 0; start = html.indexOf('<!--', copied)) {
    const end = html.indexOf('-->', start + 4);
    if (end < 0) break;
    parts.push(html.slice(copied, start));
    copied = end + 3;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** `html` without inline scripts (JSON-LD kept), styles and comments, its SVG emptied. */
export function slimHtml(html: string): string {
  let out = removeElements(html, 'script', '', 'application/ld+json');
  out = removeElements(out, 'style', '');
  out = removeComments(out);
  return removeElements(out, 'svg', '<svg></svg>');
}
