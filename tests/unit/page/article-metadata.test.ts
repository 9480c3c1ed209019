// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isArticleType } from '../../../utils/page/article-metadata.ts';

describe('isArticleType (JSON-LD @type)', () => {
  it('takes schema.org article kinds, bare, as schema.org URLs or with a prefix', () => {
    for (const type of [
      'Article',
      'NewsArticle',
      'OpinionNewsArticle',
      'ReviewNewsArticle',
      'BlogPosting',
      'LiveBlogPosting',
      'SocialMediaPosting',
      'Report',
      'ScholarlyArticle',
      'TechArticle',
      'Review',
      'https://schema.org/NewsArticle',
      'http://schema.org/Article',
      'schema:NewsArticle',
      'ns1:BlogPosting',
    ]) {
      expect(isArticleType(type), type).toBe(true);
    }
  });

  it('refuses other types and malformed names', () => {
    for (const type of [
      '',
      'WebPage',
      'Posting',
      'FooArticle',
      'NewsArticleX',
      'Foo-NewsArticle',
      'éNewsArticle',
      ':Article',
      'a:b:Article',
      'ns 1:BlogPosting',
      'http://schema.org/',
      'https://example.org/NewsArticle',
    ]) {
      expect(isArticleType(type), type).toBe(false);
    }
  });
});
