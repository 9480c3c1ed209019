/**
 * Numbers as they survive translation: "1,5" (de) ~ "1.5" (en), "12 000" ~ "12.000" ~ "12,000"
 * ~ "12000", read with the writing conventions of the text's language.
 */
import { primaryLang } from '../language/lang-codes.ts';
import type { LangCode } from '../types.ts';

/** Languages that write a decimal point (the rest write a decimal comma). */
const DECIMAL_POINT_LANGS: ReadonlySet<string> = new Set([
  'en',
  'zh',
  'ja',
  'ko',
  'th',
  'he',
  'hi',
  'ms',
  'tl',
  'fil',
  'ga',
  'sw',
  'bn',
  'ta',
  'te',
  'ur',
  'my',
  'si',
]);

const GROUP_SPACES = /^[\u00a0\u202f\u2009 '’]$/;

function canonical(integer: string, fraction: string): string {
  const int = integer.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * Reads a run of digits and separators (as matched by NUMBER_PATTERN) as one or more numbers,
 * each in a canonical form: no group separators, "." before decimals, no trailing zeros.
 * A run whose grouping does not make sense ("2013 12") is read as separate numbers.
 */
export function readNumbers(raw: string, lang: LangCode): string[] {
  const parts = raw.split(/([.,\u00a0\u202f\u2009 '’])/);
  // parts: digits, sep, digits, sep, ...
  const groups: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < parts.length; i++) (i % 2 === 0 ? groups : seps).push(parts[i] ?? '');
  if (groups.length === 1) return [canonical(groups[0] ?? '', '')];

  const decimalSep = DECIMAL_POINT_LANGS.has(primaryLang(lang)) ? '.' : ',';
  const results: string[] = [];
  let start = 0;
  while (start < groups.length) {
    // Longest well-formed number from groups[start]: first group 1-3 digits followed by
    // 3-digit groups with one and the same thousands separator, then maybe one decimal part.
    const first = groups[start] ?? '';
    let end = start; // last group index used as integer part
    let thousandsSep: string | undefined;
    if (first.length <= 3) {
      while (end + 1 < groups.length) {
        const sep = seps[end] ?? '';
        const next = groups[end + 1] ?? '';
        if (next.length !== 3) break;
        if (thousandsSep === undefined) {
          // A lone separator that is the language's decimal mark is a decimal, not a group.
          const isSpace = GROUP_SPACES.test(sep);
          const moreGroupsFollow = end + 2 < groups.length && seps[end + 1] === sep;
          if (!isSpace && sep === decimalSep && !moreGroupsFollow) break;
          thousandsSep = sep;
        } else if (sep !== thousandsSep) {
          break;
        }
        end++;
      }
    }
    let integer = groups.slice(start, end + 1).join('');
    let fraction = '';
    const sep = seps[end];
    const next = groups[end + 1];
    if (sep !== undefined && next !== undefined && (sep === '.' || sep === ',') && sep !== thousandsSep) {
      fraction = next;
      end++;
    }
    if (!integer) integer = '0';
    results.push(canonical(integer, fraction));
    start = end + 1;
  }
  return results;
}

/** Digits with group or decimal separators between them. */
export const NUMBER_PATTERN = /\d+(?:[.,\u00a0\u202f\u2009 '’]\d+)*/gu;
