/**
 * The language of a text: franc-min's trigram guess weighed against what the page declares
 * (`<html lang>`, og:locale). Short text → the declaration is trusted; long text that franc
 * clearly puts in another language → franc wins (CMS templates often declare a wrong
 * default language).
 */
import { francAll } from 'franc-min';
import { iso3ToBcp47, normalizeLang } from './lang-codes.ts';
import type { LangCode } from '../types.ts';

/** What franc reads at most (it cuts at 2048 characters itself). */
const SAMPLE_CHARS = 2048;
/** Below this many letters the text says little; the declaration is trusted. */
const SHORT_LETTERS = 40;
/** From this many letters on, a clear franc verdict overrides the declaration. */
const LONG_LETTERS = 200;

/** Languages franc-min can recognise (BCP 47), so that it can confirm or refute a declaration. */
const FRANC_LANGS: ReadonlySet<string> = new Set(
  (
    'spa eng por ind fra deu jav vie ita tur pol swh sun ron hau fuv bos hrv nld srp ckb yor uzn zlm ibo ceb ' +
    'tgl hun azj ces run plt qug mad nya zyb kin zul swe lin som hms hnj ilo rus ukr koi bel bul kaz arb urd ' +
    'pes skr pbu hin mar mai bho npi mag cmn ben jpn kor tel tam guj kan mal mya pan amh tha sin ell'
  )
    .split(' ')
    .map(iso3ToBcp47),
);

/** Languages franc confuses with each other, and a declaration among them is to be believed. */
const CLOSE_GROUPS: readonly (readonly string[])[] = [
  ['bs', 'hr', 'sr'],
  ['ms', 'id'],
  ['fa', 'ur'],
  ['hi', 'mr', 'mai', 'bho', 'mag', 'ne'],
  ['no', 'nb', 'nn', 'da', 'sv'],
  ['ca', 'es'],
  ['gl', 'pt'],
  ['uk', 'ru', 'be'],
];

function close(a: LangCode, b: LangCode): boolean {
  return CLOSE_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

function sampleOf(text: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (normalized.length <= SAMPLE_CHARS) return normalized;
  // Skip the opening tenth (datelines, bylines, leftovers of page chrome) when there is plenty.
  const start = Math.min(Math.floor(normalized.length * 0.1), normalized.length - SAMPLE_CHARS);
  return normalized.slice(start, start + SAMPLE_CHARS);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** franc's verdict: top language and a confidence from the distance gap to the runner-up. */
function francGuess(sample: string): { lang: LangCode; confidence: number; scores: Map<LangCode, number> } {
  const ranked = francAll(sample, { minLength: 10 });
  const scores = new Map<LangCode, number>();
  for (const [code, score] of ranked) {
    const lang = iso3ToBcp47(code);
    if (!scores.has(lang)) scores.set(lang, score);
  }
  const top = ranked[0];
  if (!top || top[0] === 'und') return { lang: 'und', confidence: 0, scores };
  const second = ranked[1];
  // franc normalises distances by the sample length, so the gap is scaled back by it:
  // `gap` ≈ how many (×300) trigram ranks the best language beats the next one by.
  const gap = second ? (top[1] - second[1]) * sample.length : Infinity;
  const byGap = 1 - Math.exp(-gap / 8);
  const byLength = Math.min(1, letterCount(sample) / 120);
  return {
    lang: iso3ToBcp47(top[0]),
    confidence: round(Math.max(0, Math.min(1, byGap * (0.5 + 0.5 * byLength)))),
    scores,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Language of `text` as a BCP 47 primary subtag ('und' if unknown), with a confidence in
 * [0, 1]. `declared` is what the page says (`<html lang>`, og:locale, Content-Language).
 */
export function detectLanguage(text: string, declared?: string | null): { lang: LangCode; confidence: number } {
  const stated = normalizeLang(declared);
  const sample = sampleOf(text);
  const letters = letterCount(sample);
  if (letters < SHORT_LETTERS) {
    if (stated !== 'und') return { lang: stated, confidence: 0.6 };
    if (letters === 0) return { lang: 'und', confidence: 0 };
  }
  const guess = francGuess(sample);
  if (stated === 'und') return { lang: guess.lang, confidence: guess.confidence };
  if (guess.lang === 'und') return { lang: stated, confidence: 0.6 };
  if (guess.lang === stated) return { lang: stated, confidence: round(1 - (1 - guess.confidence) * 0.3) };
  // They disagree.
  if (close(stated, guess.lang)) return { lang: stated, confidence: 0.7 };
  if (!FRANC_LANGS.has(stated)) {
    // franc cannot know the declared language (Hebrew, Catalan, Danish…): a declaration is
    // believed unless franc is sure of a language with its own script.
    const sure = letters >= LONG_LETTERS && guess.confidence >= 0.9 && scriptOf(sample) !== 'Latin';
    return sure ? { lang: guess.lang, confidence: round(guess.confidence * 0.8) } : { lang: stated, confidence: 0.6 };
  }
  const statedScore = guess.scores.get(stated) ?? 0;
  const statedGap = (1 - statedScore) * sample.length;
  if (letters >= LONG_LETTERS && guess.confidence >= 0.8 && statedGap > 20) {
    return { lang: guess.lang, confidence: round(guess.confidence * 0.9) };
  }
  return { lang: stated, confidence: round(Math.max(0.5, 0.8 - guess.confidence * 0.3)) };
}

function scriptOf(sample: string): 'Latin' | 'other' {
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin * 2 >= letterCount(sample) ? 'Latin' : 'other';
}
