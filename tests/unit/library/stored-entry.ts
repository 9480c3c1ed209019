import { storyAnchors } from '../../../utils/match/story-anchors.ts';
import type { LibraryEntry } from '../../../utils/types.ts';

/** A library article as the extension stores it: one paragraph, at address `id`, its story anchors computed. */
export function storedEntry(id: string, lang: string, title: string, text: string, savedAt: number): LibraryEntry {
  return {
    id,
    url: id,
    title,
    lang,
    byline: null,
    published: null,
    siteName: null,
    text,
    paragraphs: [text],
    alternates: [],
    anchors: storyAnchors({ title, text, lang }),
    savedAt,
  };
}
