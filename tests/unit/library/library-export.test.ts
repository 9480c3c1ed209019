import { describe, expect, it } from 'vitest';
import {
  buildLibraryExport,
  EXPORT_FORMAT,
  EXPORT_SCHEMA_VERSION,
  exportFiles,
  importSizeProblem,
  makeImportParser,
  MAX_IMPORT_BYTES,
  parseLibraryImport,
} from '../../../utils/library/library-export.ts';
import { libraryEntryFault } from '../../../utils/library/entry-fault.ts';
import { storyAnchors } from '../../../utils/match/story-anchors.ts';
import type { LibraryEntry } from '../../../utils/types.ts';

function entry(id: string, lang: string, title: string, text: string, savedAt: number): LibraryEntry {
  return {
    id,
    url: id,
    title,
    lang,
    byline: 'Anna Berg',
    published: '2024-10-21',
    siteName: 'Nordic Post',
    text,
    paragraphs: [text],
    alternates: [{ lang: 'de', url: `${id}/de` }],
    anchors: storyAnchors({ title, text, lang, url: id, published: '2024-10-21' }),
    savedAt,
  };
}

const en = entry(
  'https://a.example/en',
  'en',
  'Tromsø extends harbour promenade',
  'The city council of Tromsø voted on Tuesday to extend the harbour promenade by 450 metres, at a cost of 12 million kroner.',
  1_700_000_000_000,
);
const de = entry(
  'https://a.example/de',
  'de',
  'Tromsø verlängert Hafenpromenade',
  'Der Stadtrat von Tromsø hat am Dienstag beschlossen, die Hafenpromenade um 450 Meter zu verlängern.',
  1_700_000_100_000,
);

const file = (data: unknown) => JSON.stringify(data);
const exported = (articles: unknown[], schemaVersion: number = EXPORT_SCHEMA_VERSION) =>
  file({ format: EXPORT_FORMAT, schemaVersion, exportedAt: '2026-11-23T12:00:00.000Z', articles });

function problemOf(text: string) {
  const result = parseLibraryImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('library export and import', () => {
  it('writes the format, schema version, time and articles, and reads them back unchanged', () => {
    const data = buildLibraryExport([en, de], new Date('2026-11-23T12:00:00Z'));
    expect(data).toMatchObject({
      format: 'counterpart-library',
      schemaVersion: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
    });
    const result = parseLibraryImport(JSON.stringify(data));
    expect(result).toEqual({ ok: true, articles: [en, de], duplicates: 0, schemaVersion: 1 });
  });

  it('refuses what is not JSON, or not a Counterpart library', () => {
    expect(problemOf('not json {').key).toBe('library.importNotJson');
    for (const wrong of [
      file([en]),
      file(null),
      file({ format: 'something-else', schemaVersion: 1, articles: [en] }),
      file({ schemaVersion: 1, articles: [en] }),
      file({ format: EXPORT_FORMAT, articles: [en] }),
      file({ format: EXPORT_FORMAT, schemaVersion: '1', articles: [en] }),
      file({ format: EXPORT_FORMAT, schemaVersion: 0, articles: [en] }),
      file({ format: EXPORT_FORMAT, schemaVersion: 1.5, articles: [en] }),
      file({ format: EXPORT_FORMAT, schemaVersion: 1, articles: { 0: en } }),
    ]) {
      expect(problemOf(wrong)).toEqual({ level: 'error', key: 'library.importWrongFormat' });
    }
  });

  it('refuses a file from a newer version, saying which', () => {
    expect(problemOf(exported([en], EXPORT_SCHEMA_VERSION + 1))).toEqual({
      level: 'error',
      key: 'library.importNewer',
      params: { version: String(EXPORT_SCHEMA_VERSION + 1), current: String(EXPORT_SCHEMA_VERSION) },
    });
  });

  it('refuses the whole file when one article is malformed, naming it and the field', () => {
    const { text: _text, ...noText } = de;
    expect(problemOf(exported([en, noText]))).toMatchObject({
      key: 'library.importBadField',
      params: { number: '2', field: 'text' },
    });
    expect(problemOf(exported([{ ...en, savedAt: 'yesterday' }])).params).toEqual({ number: '1', field: 'savedAt' });
    expect(problemOf(exported([{ ...en, paragraphs: [1, 2] }])).params).toEqual({ number: '1', field: 'paragraphs' });
    expect(problemOf(exported([{ ...en, alternates: [{ lang: 'de' }] }])).params).toEqual({
      number: '1',
      field: 'alternates',
    });
    expect(problemOf(exported([{ ...en, byline: 7 }])).params).toEqual({ number: '1', field: 'byline' });
    expect(problemOf(exported([{ ...en, id: '' }])).params).toEqual({ number: '1', field: 'id' });
    expect(problemOf(exported([{ ...en, anchors: 'w:tromso' }])).params).toEqual({ number: '1', field: 'anchors' });
    expect(problemOf(exported([en, 'an article'])).key).toBe('library.importNotArticle');
    expect(problemOf(exported([null])).key).toBe('library.importNotArticle');
  });

  it('computes the anchors of an article that has none, as the library does', () => {
    const { anchors: _anchors, ...bare } = en;
    const result = parseLibraryImport(exported([bare]));
    expect(result.ok && result.articles[0]!.anchors).toEqual(en.anchors);
    expect(en.anchors.length).toBeGreaterThan(3);
  });

  it('keeps the known fields only, and the newest of the same id', () => {
    const older = { ...en, savedAt: en.savedAt - 1, title: 'Old title', extra: 'dropped' };
    const result = parseLibraryImport(exported([older, { ...en, extra: 'dropped' }, older]));
    expect(result).toEqual({ ok: true, articles: [en], duplicates: 2, schemaVersion: 1 });
  });

  it('brings a file of an older schema version up to date, one step per version', () => {
    // A build that knows two steps reads versions 1 to 3; each step changes one field.
    const steps = [
      (a: Record<string, unknown>) => ({ ...a, title: `${String(a.title)} (v2)` }),
      (a: Record<string, unknown>) => ({ ...a, siteName: a.site ?? null, site: undefined }),
    ];
    const parse = makeImportParser(steps);
    const { siteName: _siteName, ...v1 } = { ...en, site: 'Old Post' };
    const fromV1 = parse(exported([v1], 1));
    expect(fromV1.ok && fromV1.articles[0]).toEqual({ ...en, title: `${en.title} (v2)`, siteName: 'Old Post' });
    const fromV2 = parse(exported([{ ...v1, title: 'T' }], 2));
    expect(fromV2.ok && fromV2.articles[0]).toMatchObject({ title: 'T', siteName: 'Old Post' });
    expect(parse(exported([en], 3))).toMatchObject({ ok: true, schemaVersion: 3 });
    expect(parse(exported([en], 4))).toMatchObject({ ok: false, problem: { key: 'library.importNewer' } });
    // This build: one version, so no steps yet.
    expect(EXPORT_SCHEMA_VERSION).toBe(1);
  });
});

describe('library import: addresses and size', () => {
  it('refuses a file with an article whose address is not http(s), naming the article', () => {
    for (const url of [
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome://settings',
      'relative/path',
    ]) {
      expect(problemOf(exported([en, { ...de, url }])), url).toEqual({
        level: 'error',
        key: 'library.importBadUrl',
        params: { number: '2' },
      });
    }
    expect(parseLibraryImport(exported([en, { ...de, url: 'http://a.example/de' }])).ok).toBe(true);
  });

  it(`refuses a file over ${MAX_IMPORT_BYTES / 1024 / 1024} MB before reading it, saying its size and the limit`, () => {
    expect(MAX_IMPORT_BYTES).toBe(64 * 1024 * 1024);
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(importSizeProblem(101 * 1024 * 1024)).toEqual({
      level: 'error',
      key: 'library.importTooLarge',
      params: { size: '101 MB', max: '64 MB' },
    });
  });

  async function filesOf(articles: LibraryEntry[], maxBytes: number) {
    async function* batches() {
      for (let i = 0; i < articles.length; i += 3) yield articles.slice(i, i + 3);
    }
    const files: Array<{ text: string; articles: number }> = [];
    for await (const part of exportFiles(batches(), new Date('2026-11-23T12:00:00Z'), maxBytes)) files.push(part);
    return files;
  }

  it('writes an export as one file when it fits, exactly as buildLibraryExport', async () => {
    const files = await filesOf([en, de], MAX_IMPORT_BYTES);
    expect(files).toEqual([
      { text: JSON.stringify(buildLibraryExport([en, de], new Date('2026-11-23T12:00:00Z'))), articles: 2 },
    ]);
    expect(await filesOf([], MAX_IMPORT_BYTES)).toEqual([
      { text: JSON.stringify(buildLibraryExport([], new Date('2026-11-23T12:00:00Z'))), articles: 0 },
    ]);
  });

  it('splits a large export into files under the import limit, each importable, nothing lost', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      ...en,
      id: `https://a.example/${i}`,
      url: `https://a.example/${i}`,
      title: `Été ${i} – 東京`,
    }));
    const limit = 3_000;
    const files = await filesOf(many, limit);
    expect(files.length).toBeGreaterThan(3);
    const back: LibraryEntry[] = [];
    for (const { text, articles } of files) {
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(limit);
      const parsed = parseLibraryImport(text);
      if (!parsed.ok) throw new Error(parsed.problem.key);
      expect(parsed.articles).toHaveLength(articles);
      back.push(...parsed.articles);
    }
    expect(back).toEqual(many);
  });
});

describe('libraryEntryFault', () => {
  it('accepts a sound article and names the first faulty field', () => {
    expect(libraryEntryFault(en)).toBeNull();
    expect(libraryEntryFault({ ...en, lang: undefined })).toBe('lang');
    const { anchors: _anchors, ...bare } = en;
    expect(libraryEntryFault(bare)).toBe('anchors');
    expect(libraryEntryFault(bare, { anchorsOptional: true })).toBeNull();
    expect(libraryEntryFault(42)).toBe('');
  });
});
