/**
 * Language knowledge the sentence segmenter uses to repair Intl.Segmenter's boundaries on
 * news text: abbreviations, words that typically start a sentence, and the languages that
 * write ordinal numbers with a trailing dot (`die 29. Sitzung`).
 */
import type { LangCode } from '../types.ts';

/**
 * Abbreviations after which a break is (almost) never a sentence end: titles and the like.
 * Compared without the final dot, case-sensitively, as the last token before the break.
 */
const HARD = new Set([
  // English
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Sen',
  'Gen',
  'Gov',
  'Rep',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Adm',
  'Rev',
  'Hon',
  'Mt',
  'Ft',
  'Messrs',
  'vs',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'No',
  'Nos',
  'Fig',
  'Vol',
  'pp',
  'p',
  // German
  'Nr',
  'z.B',
  'z',
  'bzw',
  'ca',
  'vgl',
  'sog',
  'inkl',
  'ggf',
  'evtl',
  'Hr',
  'Fr',
  'Frl',
  'Dipl',
  'Ing',
  'Abs',
  'Art',
  'Bd',
  'Str',
  'd.h',
  'u.a',
  'v.a',
  'o.ä',
  'u.U',
  'z.T',
  'Tel',
  'geb',
  'gest',
  'Jh',
  'Jhd',
  'Kap',
  'Abb',
  'resp',
  // French
  'M',
  'MM',
  'Mme',
  'Mmes',
  'Mlle',
  'Mlles',
  'Me',
  'Mgr',
  'Pr',
  'av',
  'apr',
  'J.-C',
  'env',
  'éd',
  'cf',
  'Vve',
  'St',
  'Ste',
  // Spanish, Italian, Portuguese
  'Sr',
  'Sra',
  'Srta',
  'Dña',
  'Da',
  'Sig',
  'Sigg',
  'Dott',
  'Avv',
  'Ing',
  'Exmo',
  'Exma',
  'Sto',
  'Sta',
  // Russian and other Cyrillic
  'г',
  'гг',
  'т',
  'д',
  'ул',
  'им',
  'см',
  'пр',
  'проф',
  'акад',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'стр',
  'рис',
  'тел',
]);

/** Abbreviations that may also end a sentence (`in the U.S. He …`): merged unless a typical sentence start follows. */
const SOFT = new Set([
  'etc',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'Jr',
  'Mio',
  'Mrd',
  'Tsd',
  'usw',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Okt',
  'Nov',
  'Dec',
  'Dez',
  'janv',
  'févr',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'déc',
  'al',
  'Bros',
  'Ave',
  'Blvd',
  'Rd',
  'Dept',
  'Univ',
  'mn',
  'min',
  'Min',
  'bzw',
  'др',
  'пр',
  'т.е',
  'т.д',
  'т.п',
  'е',
]);

/** Words that typically begin a sentence, in the languages of the news the product sees most. */
const STARTERS = new Set(
  // English
  (
    'The This That These Those It He She We They I You But And Or In On At A An As If There Here His Her Its Our ' +
    'Their So Yet However Meanwhile After Before When While Since According For From With By To Of What Why How ' +
    'Who Where Some Many Most All One Two No Not Now Then Also Other Another Both Each Last Next During Although ' +
    // German
    'Der Die Das Den Dem Des Er Es Wir Ich Ihr Ein Eine Einen Dies Diese Dieser Dieses Doch Aber Und Oder Im Am ' +
    'Auf Mit Nach Vor Dann Man Auch Damit Dabei Denn Bei Wie Was Wer Wo Warum Als Wenn Seit Laut Nun Noch Zudem ' +
    'Außerdem Trotzdem Allerdings Zum Zur Um Über Unter Durch Gegen Ohne Sein Seine Ihre Unsere Es Da ' +
    // French
    'Le La Les Il Elle Ils Elles Nous Vous Je Un Une Des Ce Cet Cette Ces Mais Et En Au Aux Dans Sur Pour Par On ' +
    'Puis Selon Avec Sans Son Sa Ses Leur Leurs Cela Ceci Si Lors Depuis Alors Ainsi Pourtant Cependant Quand ' +
    // Spanish, Italian, Portuguese
    'El Los Las Lo Una Unos Unas Es Pero Y Con Para Por Según Lo Gli Il Lo Della Nel Nella Questo Questa Ma ' +
    'Os As Um Uma Mas Com Na No Em ' +
    // Russian
    'Он Она Оно Они Мы Я Вы Это Этот Эта Эти Но И В На По С Так Как Однако Также После При Для'
  ).split(' '),
);

/** Languages that write ordinals as a number followed by a dot (`29.`). */
const DOT_ORDINAL = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'pl',
  'hu',
  'hr',
  'sl',
  'sr',
  'bs',
  'et',
  'lv',
  'lt',
  'is',
  'tr',
  'fo',
  'is',
]);

export const segmentRules = {
  isHardAbbreviation: (token: string): boolean => HARD.has(token),
  isSoftAbbreviation: (token: string): boolean => SOFT.has(token),
  isStarter: (word: string): boolean => STARTERS.has(word),
  hasDotOrdinals: (lang: LangCode): boolean => DOT_ORDINAL.has(lang.toLowerCase().split('-')[0] ?? ''),
};
