/**
 * Decodes a fetched page's bytes to text: in the charset its Content-Type names, else the one
 * a `<meta charset>` near the top names, else UTF-8 (an unknown label counts as none).
 */

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

/** The `charset` parameter of a Content-Type value, if any. */
function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match ? match[2]! : null;
}

/** The charset a `<meta charset>` or `<meta http-equiv content-type>` declares in the first 1024 bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1]! : null;
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  let decoder = decoderFor(charsetOf(contentType));
  if (!decoder) {
    decoder = decoderFor(metaCharset(bytes));
    // A page can't declare UTF-16 in its own bytes (its meta would not read as ASCII then).
    if (decoder?.encoding.startsWith('utf-16')) decoder = null;
  }
  return (decoder ?? new TextDecoder('utf-8')).decode(bytes);
}
