import type { TabView } from '../../../utils/types.ts';

/** A small English page with a German counterpart: the lead (sentence 0) has no German. */
export function readyView(overrides: Partial<TabView> = {}): TabView {
  return {
    tabId: 7,
    url: 'https://news.example/en/story',
    status: 'ready',
    page: {
      lang: 'en',
      dir: 'ltr',
      title: 'Ministers meet in Brussels',
      url: 'https://news.example/en/story',
      sentences: ['The lead sentence.', 'Ministers met on Monday.', 'They agreed.', 'It rained.'],
      paragraphOf: [0, 1, 1, 2],
    },
    counterpart: {
      lang: 'de',
      dir: 'ltr',
      title: 'Minister treffen sich in Brüssel',
      url: 'https://news.example/de/story',
      sentences: ['Die Minister trafen sich am Montag.', 'Sie einigten sich.', 'Es regnete.', 'Ein Zusatz.'],
      paragraphOf: [0, 0, 1, 1],
      source: 'alternate',
    },
    beads: [
      { a: [0], b: [] },
      { a: [1], b: [0], score: 0.9 },
      { a: [2, 3], b: [1, 2], score: 0.3 },
      { a: [], b: [3] },
    ],
    targetLang: 'de',
    languages: ['de', 'fr', 'ar'],
    available: ['de'],
    notices: [],
    ...overrides,
  };
}

/** A page with no alignment yet. */
export function pageOnlyView(status: TabView['status']): TabView {
  const { page } = readyView();
  return {
    tabId: 7,
    url: 'https://news.example/en/story',
    status,
    page,
    targetLang: 'de',
    languages: ['de', 'fr'],
    available: [],
    notices: [],
  };
}
