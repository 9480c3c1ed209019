import { describe, expect, it } from 'vitest';
import { toolbarBadge } from '../../../components/toolbar-badge.ts';
import type { TabView } from '../../../utils/types.ts';

const page = { url: 'https://a.example/de', title: 'Titel', lang: 'de' } as unknown as TabView['page'];
const view = (over: Partial<TabView>): TabView =>
  ({ tabId: 1, status: 'searching', page, available: [], notices: [], ...over }) as TabView;

describe('toolbarBadge', () => {
  it('names the available language in the browser’s UI language', () => {
    expect(toolbarBadge(view({ available: ['en'] }), 'de-DE')).toMatchObject({
      text: 'EN',
      title: 'Counterpart: Fassung auf Englisch verfügbar',
    });
    expect(toolbarBadge(view({ available: ['de'] }), 'fr')).toMatchObject({
      text: 'DE',
      title: 'Counterpart : version en allemand disponible',
    });
    expect(toolbarBadge(view({ available: ['de'] }), 'ja')).toMatchObject({
      title: 'Counterpart: German version available',
    });
  });

  it('shows a dot on an article with no counterpart known, and nothing elsewhere', () => {
    expect(toolbarBadge(view({}), 'en')).toMatchObject({
      text: '•',
      title: 'Counterpart: a news article (no other version known yet)',
    });
    expect(toolbarBadge(view({ status: 'no-article', page: undefined }), 'en')).toMatchObject({
      text: '',
      title: 'Counterpart',
    });
  });
});
