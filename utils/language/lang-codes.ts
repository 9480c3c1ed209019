/**
 * Language codes: franc's ISO 639-3 codes and whatever pages declare (`en-US`, `de_DE`,
 * `deu`, `iw`) mapped to BCP 47 primary subtags, and the right-to-left languages.
 */
import type { LangCode, TextDirection } from '../types.ts';

/**
 * Whether a value is a bare language code as the extension passes them around: a BCP 47
 * primary subtag of two or three lowercase letters ("de", "ceb"; "und" too, not "de-AT" or "DE").
 */
export function isLangCode(value: unknown): value is LangCode {
  return typeof value === 'string' && /^[a-z]{2,3}$/.test(value);
}

/** A language tag's primary subtag, lowercase: "de-AT" → "de", "pt_BR" → "pt"; "und" for none. */
export function primaryLang(lang: LangCode): string {
  return (lang.toLowerCase().split(/[-_]/, 1)[0] ?? '') || 'und';
}

/**
 * A language tag's subtags, lowercase: "pt-BR" → { primary: "pt", rest: ["br"] }, "zh_Hant_TW" →
 * { primary: "zh", rest: ["hant", "tw"] }; null when the first subtag is no language code, or "und".
 */
export function splitLangTag(lang: LangCode): { primary: string; rest: string[] } | null {
  const parts = lang.trim().split(/[-_]/);
  const primary = (parts[0] ?? '').toLowerCase();
  if (!isLangCode(primary) || primary === 'und') return null;
  return { primary, rest: parts.slice(1).map((p) => p.toLowerCase()) };
}

/** ISO 639-3 (and 639-2/B) → BCP 47 primary subtag, for every language franc-min knows and a few more. */
const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  // franc-min, Latin script
  spa: 'es',
  eng: 'en',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  fuv: 'ff',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  ckb: 'ckb',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  ceb: 'ceb',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  run: 'rn',
  plt: 'mg',
  qug: 'qu',
  mad: 'mad',
  nya: 'ny',
  zyb: 'za',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  hms: 'hms',
  hnj: 'hnj',
  ilo: 'ilo',
  // Cyrillic
  rus: 'ru',
  ukr: 'uk',
  koi: 'koi',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  // Arabic script
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  skr: 'skr',
  pbu: 'ps',
  // Devanagari
  hin: 'hi',
  mar: 'mr',
  mai: 'mai',
  bho: 'bho',
  npi: 'ne',
  mag: 'mag',
  // single-script languages
  cmn: 'zh',
  ben: 'bn',
  jpn: 'ja',
  kor: 'ko',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  // common others a page may declare
  ara: 'ar',
  zho: 'zh',
  chi: 'zh',
  ger: 'de',
  fre: 'fr',
  fas: 'fa',
  per: 'fa',
  dut: 'nl',
  cze: 'cs',
  gre: 'el',
  rum: 'ro',
  heb: 'he',
  cat: 'ca',
  dan: 'da',
  fin: 'fi',
  nor: 'no',
  nob: 'nb',
  nno: 'nn',
  est: 'et',
  lav: 'lv',
  lit: 'lt',
  slk: 'sk',
  slo: 'sk',
  slv: 'sl',
  hye: 'hy',
  arm: 'hy',
  kat: 'ka',
  geo: 'ka',
  aze: 'az',
  uzb: 'uz',
  msa: 'ms',
  may: 'ms',
  swa: 'sw',
  fil: 'fil',
  gle: 'ga',
  eus: 'eu',
  baq: 'eu',
  glg: 'gl',
  isl: 'is',
  ice: 'is',
  mkd: 'mk',
  mac: 'mk',
  sqi: 'sq',
  alb: 'sq',
  yid: 'yi',
  pus: 'ps',
  snd: 'sd',
  uig: 'ug',
  div: 'dv',
  kur: 'ku',
  tat: 'tt',
  mon: 'mn',
  khm: 'km',
  lao: 'lo',
  nep: 'ne',
};

/** Deprecated ISO 639-1 codes still seen in the wild. */
const DEPRECATED: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro' };

/** Languages written right to left (BCP 47 primary subtags). */
export const RTL_LANGS: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku-arab',
  'nqo',
  'ps',
  'sd',
  'skr',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** franc's ISO 639-3 code → BCP 47 primary subtag ('und' stays 'und'; unknown codes pass through). */
export function iso3ToBcp47(code: string): LangCode {
  const lower = code.toLowerCase();
  return ISO3_TO_BCP47[lower] ?? lower;
}

/**
 * A declared language (`en-US`, `de_DE`, `pt-BR`, `zh-Hant-TW`, `deu`, `iw`, `EN`) as a BCP 47
 * primary subtag; 'und' when empty or not a language tag.
 */
export function normalizeLang(declared: string | null | undefined): LangCode {
  if (!declared) return 'und';
  const primary =
    declared
      .trim()
      .toLowerCase()
      .split(/[-_\s.,;]/, 1)[0] ?? '';
  if (!isLangCode(primary)) return 'und';
  if (primary === 'und' || primary === 'mul' || primary === 'zxx' || primary === 'xx') return 'und';
  return primary.length === 2 ? (DEPRECATED[primary] ?? primary) : (ISO3_TO_BCP47[primary] ?? primary);
}

/**
 * Writing direction of a language's usual script (BCP 47 tag or primary subtag); right to
 * left also when the text itself declares so (`declared`, TextSide.dir).
 */
export function textDirection(lang: LangCode, declared?: TextDirection): TextDirection {
  return declared === 'rtl' || RTL_LANGS.has(normalizeLang(lang)) ? 'rtl' : 'ltr';
}
