/**
 * Whether a value is a sound library article (LibraryEntry), and if not, which field is
 * wrong: for records read back from IndexedDB (a damaged one must be skipped, not break the
 * library) and for articles in an import file.
 */
import { isRecord } from '../is-record.ts';
import type { Alternate, LibraryEntry } from '../types.ts';

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isAlternate = (value: unknown): value is Alternate =>
  isRecord(value) && isString(value.lang) && isString(value.url);

const FIELD_CHECKS: ReadonlyArray<readonly [keyof LibraryEntry, (value: unknown) => boolean]> = [
  ['id', (v) => isString(v) && v.length > 0],
  ['url', isString],
  ['title', isString],
  ['lang', (v) => isString(v) && v.length > 0],
  ['byline', isStringOrNull],
  ['published', isStringOrNull],
  ['siteName', isStringOrNull],
  ['text', isString],
  ['paragraphs', isStringArray],
  ['alternates', (v) => Array.isArray(v) && v.every(isAlternate)],
  ['anchors', isStringArray],
  ['savedAt', (v) => typeof v === 'number' && Number.isFinite(v)],
];

/** Every field of a LibraryEntry, in a fixed order. */
export const LIBRARY_ENTRY_FIELDS: readonly (keyof LibraryEntry)[] = FIELD_CHECKS.map(([field]) => field);

/**
 * The first field of `value` that a library article cannot have as it is, '' when `value` is
 * not an object at all, or null when it is a sound article. With `anchorsOptional`, a missing
 * `anchors` is no fault (an import computes them: they are derived from the text).
 */
export function libraryEntryFault(value: unknown, options: { anchorsOptional?: boolean } = {}): string | null {
  if (!isRecord(value)) return '';
  for (const [field, check] of FIELD_CHECKS) {
    if (field === 'anchors' && options.anchorsOptional && value[field] === undefined) continue;
    if (!check(value[field])) return field;
  }
  return null;
}
