/**
 * The library's export file, and reading one back (pure: no browser APIs).
 *
 * ```json
 * { "format": "counterpart-library", "schemaVersion": 1, "exportedAt": "2026-11-23T12:00:00.000Z",
 *   "articles": [ LibraryEntry, … ] }
 * ```
 * Reading is strict: a file that is not JSON, not this format, of a newer schema version than
 * this build knows, or with one malformed article is refused as a whole, with the reason
 * (a UI string key and its parameters), so that nothing of it is written. Files of an older
 * schema version are brought up to date, one step per version. Articles without `anchors`
 * get them computed (they are derived from the text); extra fields are dropped. An article
 * whose `url` is not an http(s) address refuses the file too.
 * A file larger than MAX_IMPORT_BYTES is refused before it is read (reading and checking
 * one takes the page about a second per 60 MB); an export is written in files of at most
 * that size, so that every export can be imported again.
 */
import { isRecord } from '../is-record.ts';
import { storyAnchors } from '../match/story-anchors.ts';
import { LIBRARY_ENTRY_FIELDS, libraryEntryFault } from './entry-fault.ts';
import { isWebUrl } from './web-url.ts';
import type { LibraryEntry, Notice } from '../types.ts';

export const EXPORT_FORMAT = 'counterpart-library';

/** One article as a file of schema version `from` holds it (unchecked), brought to version `from + 1`. */
export type ExportMigration = (article: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps between export schema versions: step i turns an article of version i + 1 into one of
 * version i + 2. Add a step (and its test) whenever the shape of an exported article changes.
 * Version 1 is the first version there is, so there is no step yet.
 */
export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [];

/** The schema version this build writes, and the newest it reads. */
export const EXPORT_SCHEMA_VERSION = 1 + EXPORT_MIGRATIONS.length;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  /** ISO 8601 date-time. */
  exportedAt: string;
  articles: LibraryEntry[];
}

/** The largest library file imported (64 MiB); larger ones are refused before being read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export function buildLibraryExport(articles: LibraryEntry[], now: Date): LibraryExport {
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now.toISOString(), articles };
}

/** The size limit as shown to the user ("64 MB"). */
export const MAX_IMPORT_SIZE_LABEL = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;

/** Why a file of `bytes` is not imported (too large), or null when it may be read. */
export function importSizeProblem(bytes: number): Notice | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    level: 'error',
    key: 'library.importTooLarge',
    params: { size: `${Math.ceil(bytes / 1024 / 1024)} MB`, max: MAX_IMPORT_SIZE_LABEL },
  };
}

/** The bytes of `text` in UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The export as files (their JSON texts) of at most `maxBytes` each, from the articles in
 * batches: each a complete export file with part of the articles (one file when they fit; an
 * article larger than `maxBytes` alone gets a file of its own). Holds one file at a time.
 */
export async function* exportFiles(
  batches: AsyncIterable<LibraryEntry[]>,
  now: Date,
  maxBytes = MAX_IMPORT_BYTES,
): AsyncGenerator<{ text: string; articles: number }> {
  // `{"format":…,"articles":[` and `]}` around the articles, as JSON.stringify writes the whole.
  const open = JSON.stringify(buildLibraryExport([], now)).slice(0, -2);
  const close = ']}';
  let parts: string[] = [];
  let bytes = utf8Length(open) + close.length;
  let any = false;
  for await (const batch of batches) {
    for (const article of batch) {
      const json = JSON.stringify(article);
      const size = utf8Length(json) + 1;
      if (parts.length > 0 && bytes + size > maxBytes) {
        yield { text: open + parts.join(',') + close, articles: parts.length };
        any = true;
        parts = [];
        bytes = utf8Length(open) + close.length;
      }
      parts.push(json);
      bytes += size;
    }
  }
  if (parts.length > 0 || !any) yield { text: open + parts.join(',') + close, articles: parts.length };
}

export type ImportParse =
  | {
      ok: true;
      /** Valid articles, one per id (the newest `savedAt` of each id in the file). */
      articles: LibraryEntry[];
      /** Articles of the file left out because the file holds a newer one with the same id. */
      duplicates: number;
      /** The file's schema version (older ones were migrated). */
      schemaVersion: number;
    }
  | { ok: false; problem: Notice };

const refuse = (key: Notice['key'], params?: Record<string, string>): ImportParse => ({
  ok: false,
  problem: params ? { level: 'error', key, params } : { level: 'error', key },
});

/** A checked article as a LibraryEntry: known fields only, anchors computed when missing. */
function toEntry(value: Record<string, unknown>): LibraryEntry {
  const entry = Object.fromEntries(
    LIBRARY_ENTRY_FIELDS.map((field) => [field, value[field]]),
  ) as unknown as LibraryEntry;
  if (entry.anchors === undefined) {
    entry.anchors = storyAnchors({
      title: entry.title,
      text: entry.text,
      lang: entry.lang,
      url: entry.url,
      published: entry.published,
    });
  }
  return entry;
}

/**
 * A reader of export files that knows the given migration steps (the schema version it reads
 * up to is 1 + their number). `parseLibraryImport` is the one with this build's steps.
 */
export function makeImportParser(migrations: readonly ExportMigration[]): (text: string) => ImportParse {
  const current = 1 + migrations.length;
  return (text) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return refuse('library.importNotJson');
    }
    if (!isRecord(data) || data.format !== EXPORT_FORMAT) return refuse('library.importWrongFormat');
    const version = data.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return refuse('library.importWrongFormat');
    if (version > current) return refuse('library.importNewer', { version: String(version), current: String(current) });
    if (!Array.isArray(data.articles)) return refuse('library.importWrongFormat');

    const newest = new Map<string, LibraryEntry>();
    for (const [index, raw] of data.articles.entries()) {
      let article: unknown = raw;
      for (let step = version; step < current && isRecord(article); step += 1) article = migrations[step - 1]!(article);
      const fault = libraryEntryFault(article, { anchorsOptional: true });
      if (fault !== null) {
        return refuse(fault === '' ? 'library.importNotArticle' : 'library.importBadField', {
          number: String(index + 1),
          field: fault,
        });
      }
      if (!isWebUrl((article as Record<string, unknown>).url))
        return refuse('library.importBadUrl', { number: String(index + 1) });
      const entry = toEntry(article as Record<string, unknown>);
      const known = newest.get(entry.id);
      if (!known || known.savedAt < entry.savedAt) newest.set(entry.id, entry);
    }
    return {
      ok: true,
      articles: [...newest.values()],
      duplicates: data.articles.length - newest.size,
      schemaVersion: version,
    };
  };
}

/** Reads an export file (its text) of this or an older schema version, strictly. */
export const parseLibraryImport = makeImportParser(EXPORT_MIGRATIONS);
