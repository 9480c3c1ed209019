/**
 * How long a text is in a language, relative to the same content in English, counted in
 * characters without spaces (rough figures from parallel corpora such as the UDHR and news
 * translations). The aligner's length model needs the ratio between the two sides; the
 * texts' own totals give it too, but not when one side leaves out a large part, which
 * counterpart articles often do.
 */
import type { LangCode } from '../types.ts';

const EXPANSION: Record<string, number> = {
  en: 1,
  de: 1.17,
  nl: 1.15,
  da: 1.08,
  sv: 1.05,
  nb: 1.05,
  no: 1.05,
  fi: 1.15,
  is: 1.1,
  fr: 1.17,
  es: 1.15,
  it: 1.14,
  pt: 1.13,
  ca: 1.14,
  ro: 1.15,
  pl: 1.12,
  cs: 1.02,
  sk: 1.03,
  sl: 1.02,
  hr: 1.02,
  sr: 1.02,
  bs: 1.02,
  hu: 1.12,
  et: 1.05,
  lv: 1.05,
  lt: 1.07,
  ru: 1.12,
  uk: 1.1,
  be: 1.1,
  bg: 1.1,
  mk: 1.1,
  el: 1.15,
  tr: 1.07,
  az: 1.1,
  kk: 1.1,
  uz: 1.1,
  ar: 0.9,
  fa: 0.95,
  ur: 1.0,
  he: 0.8,
  hi: 1.05,
  bn: 1.0,
  id: 1.15,
  ms: 1.15,
  vi: 1.1,
  tl: 1.2,
  sw: 1.15,
  zh: 0.3,
  ja: 0.45,
  ko: 0.45,
  th: 0.95,
};

/** Expected length of a B text per unit length of the A text, or 0 when a language is unknown. */
export function expectedLengthRatio(langA: LangCode, langB: LangCode): number {
  const a = EXPANSION[(langA || '').toLowerCase().split('-')[0] ?? ''];
  const b = EXPANSION[(langB || '').toLowerCase().split('-')[0] ?? ''];
  return a && b ? b / a : 0;
}
