/** What a page says its language is: `<html lang>`, else `og:locale`, else `content-language`; null if nothing. */
export function declaredLanguage(doc: Document): string | null {
  const fromHtml = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  if (fromHtml?.trim()) return fromHtml.trim();
  const meta =
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  return meta?.trim() || null;
}
