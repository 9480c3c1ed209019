import type { LibraryEntry } from '../../../utils/types.ts';

/** Article `i` of a test library: one paragraph, one story anchor of its own. */
export function numberedArticle(i: number, options: { url: string; text: string; savedAt: number }): LibraryEntry {
  const { url, text, savedAt } = options;
  return {
    id: url,
    url,
    title: `Article ${i}`,
    lang: 'en',
    byline: null,
    published: null,
    siteName: null,
    text,
    paragraphs: [text],
    alternates: [],
    anchors: [`w:article${i}`],
    savedAt,
  };
}

/** The library's export file holding `articles`. */
export function libraryExport(articles: LibraryEntry[]): string {
  return JSON.stringify({
    format: 'counterpart-library',
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    articles,
  });
}
