// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../utils/language/detect-language.ts';
import { isLangCode, iso3ToBcp47, normalizeLang, textDirection } from '../../../utils/language/lang-codes.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const seed = (lang: 'en' | 'de') => readFileSync(sharedDataPath('seed', `${lang}.txt`), 'utf8');

const SAMPLES: Record<string, string> = {
  fr: 'Les députés ont adopté mardi soir le projet de loi de financement de la Sécurité sociale pour 2025, au terme de deux semaines de débats souvent houleux à l’Assemblée nationale.',
  ru: 'Первые пассажиры проехали в понедельник по новой линии метрополитена, которая соединила центр города с жилыми районами на юго-западе. Длина участка составила семь километров.',
  ar: 'انطلقت في العاصمة الأردنية عمّان، الثلاثاء، أعمال قمة إقليمية تبحث سبل مواجهة أزمة المياه المتفاقمة في المنطقة، بمشاركة وزراء ومسؤولين من تسع دول.',
  zh: '记者18日从国家铁路集团获悉，连接成都和重庆两座城市的成渝中线高速铁路当天全线开工建设。线路全长约292公里，设计时速350公里。',
  es: 'El Gobierno aprobó este martes el proyecto de presupuestos para el próximo año, que incluye un aumento de la inversión en vivienda y transporte público en todo el país.',
};

describe('detectLanguage', () => {
  it('recognises the seed texts without a declaration, confidently', () => {
    for (const lang of ['en', 'de'] as const) {
      const result = detectLanguage(seed(lang));
      expect(result.lang).toBe(lang);
      expect(result.confidence).toBeGreaterThan(0.8);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('recognises French, Russian, Arabic, Chinese and Spanish', () => {
    for (const [lang, text] of Object.entries(SAMPLES)) expect(detectLanguage(text).lang, lang).toBe(lang);
  });

  it('agreement with the declaration raises confidence', () => {
    const alone = detectLanguage(SAMPLES['fr']!);
    const agreed = detectLanguage(SAMPLES['fr']!, 'fr-FR');
    expect(agreed.lang).toBe('fr');
    expect(agreed.confidence).toBeGreaterThanOrEqual(alone.confidence);
  });

  it('short text trusts the declaration', () => {
    expect(detectLanguage('Tags:', 'de')).toEqual({ lang: 'de', confidence: expect.any(Number) });
    expect(detectLanguage('OK', 'pt-BR').lang).toBe('pt');
  });

  it('long text that is clearly another language beats a wrong declaration', () => {
    const result = detectLanguage(seed('de'), 'en');
    expect(result.lang).toBe('de');
  });

  it('a declared language franc cannot know (Hebrew, Catalan) is kept', () => {
    expect(detectLanguage('שלום עולם, זהו טקסט קצר בעברית על החדשות של היום בירושלים ובתל אביב.', 'he').lang).toBe(
      'he',
    );
    expect(
      detectLanguage(
        'El Govern ha aprovat avui el pressupost per a l’any vinent després d’un llarg debat al Parlament.',
        'ca',
      ).lang,
    ).toBe('ca');
  });

  it('nothing to go on gives und with zero confidence', () => {
    expect(detectLanguage('')).toEqual({ lang: 'und', confidence: 0 });
    expect(detectLanguage('12345 67 890', null)).toEqual({ lang: 'und', confidence: 0 });
  });

  it('confidence always lies in [0, 1]', () => {
    for (const text of [...Object.values(SAMPLES), 'a', 'Hello there', seed('en')]) {
      for (const declared of [undefined, null, 'en', 'xx', 'zh-Hant']) {
        const { confidence } = detectLanguage(text, declared);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('language codes', () => {
  it('normalises declared tags to primary subtags', () => {
    expect(normalizeLang('en-US')).toBe('en');
    expect(normalizeLang('de_DE')).toBe('de');
    expect(normalizeLang('zh-Hant-TW')).toBe('zh');
    expect(normalizeLang('DEU')).toBe('de');
    expect(normalizeLang('iw')).toBe('he');
    expect(normalizeLang('')).toBe('und');
    expect(normalizeLang(null)).toBe('und');
    expect(normalizeLang('x-default')).toBe('und');
  });

  it('maps franc codes', () => {
    expect(iso3ToBcp47('cmn')).toBe('zh');
    expect(iso3ToBcp47('arb')).toBe('ar');
    expect(iso3ToBcp47('pes')).toBe('fa');
    expect(iso3ToBcp47('und')).toBe('und');
  });

  it('knows the right-to-left languages', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(textDirection(lang)).toBe('rtl');
    for (const lang of ['en', 'de', 'zh', 'ru', 'und']) expect(textDirection(lang)).toBe('ltr');
  });

  it('lets a text that declares itself right to left win over its language', () => {
    expect(textDirection('en', 'rtl')).toBe('rtl');
    expect(textDirection('ar', 'ltr')).toBe('rtl');
    expect(textDirection('de', 'ltr')).toBe('ltr');
  });

  it('knows a bare language code', () => {
    for (const code of ['de', 'ceb', 'und']) expect(isLangCode(code)).toBe(true);
    for (const code of ['DE', 'de-AT', 'deutsch', 'd', '', null, 42]) expect(isLangCode(code)).toBe(false);
  });
});
