import type { NoticeKey } from '../../utils/notice-key.ts';
import type { Message, PluralForms } from './message.ts';

/**
 * The UI's English strings: the source of truth for the message keys. Every other locale
 * must give each of these keys (plain text where English has plain text, plural forms where
 * English has them) and no other; every key a notice can carry must be here.
 */
export const en = {
  // The toolbar button's tooltip
  'badge.article': 'Counterpart: a news article (no other version known yet)',
  'badge.available': 'Counterpart: {language} version available',

  // Panel status (data-state of [data-testid=status])
  'status.noArticle': 'This page does not look like a news article.',
  'status.searching': 'Looking for a version in another language…',
  'status.ready': 'Both versions are aligned sentence by sentence.',
  'status.noCounterpart': 'No version in the chosen language was found. You can paste one below.',
  'status.error': 'Something went wrong while preparing the two versions.',

  // Notices from the background engine
  'notice.alternateHttpError': 'The other edition at {url} could not be loaded (HTTP {status}).',
  'notice.alternateTimeout': 'The other edition at {url} took too long to answer.',
  'notice.alternateNotHtml': 'The other edition at {url} is not a web page ({type}).',
  'notice.alternateWrongLanguage': 'The other edition at {url} is in {found}, not in {expected}.',
  'notice.alternateNotArticle': 'The page at {url} is not an article.',
  'notice.alternateNetworkError': 'The other edition at {url} could not be reached.',
  'notice.alternateOtherStory': 'The page at {url} tells a different story.',
  'notice.alternatePrivateAddress':
    'The other edition at {url} was not loaded: it is on a private network or on this computer.',
  'notice.alternateTooLarge': 'The other edition at {url} is too large to load.',
  'notice.libraryMatch': 'Found in your library: “{title}”.',
  'notice.pastedEmpty': 'Paste the text of the other version first.',
  'notice.pastedSameLanguage': 'The pasted text is in {lang}, the same language as the page.',
  'notice.pastedTooLong': 'The pasted text is too long.',
  'notice.storageFull': 'The library is full: this article was not stored.',
  'notice.storageFailed': 'This article could not be stored in your library.',
  'notice.extractionFailed': 'The article could not be read from this page.',
  'notice.pageUnavailable': 'This page cannot be read by the extension.',
  'notice.machineTranslation':
    'This is a machine translation, not a human one: it may be wrong in ways a translator would not be.',
  'notice.alignmentFailed': 'The two versions could not be aligned. Try again, or paste the other version.',

  // Reader chrome
  'reader.label': 'Counterpart: the article in two languages',
  'reader.pageLanguage': 'Page language',
  'reader.counterpartLanguage': 'Other version',
  'reader.chooseLanguage': 'Language of the other version',
  'reader.languagesAvailable': 'Version available',
  'reader.languagesOther': 'Other languages',
  'reader.alignment': 'The two versions, sentence by sentence',
  'reader.pageSentences': 'The article on this page',
  'reader.noSentences': 'No sentences were found in this article.',
  'reader.hideSide': 'Hide {lang}',
  'reader.hideSideLabel': 'Hide the {lang} side to study',
  'reader.reveal': 'Show',
  'reader.revealLabel': 'Show this {lang} sentence',
  'reader.keyboardHint': 'Arrow keys move between sentences; Enter on a sentence of the page scrolls the page to it.',
  'reader.locate': 'Show on the page',
  'reader.retry': 'Try again',
  'reader.machineTranslate': 'Show a machine translation',
  'reader.machineTranslateOnDevice':
    'Translated on this device. It will be marked as a machine translation, not a human one.',
  'reader.machineTranslateService':
    'The article’s text is sent to the translation service you set up. It will be marked as a machine translation, not a human one.',
  'reader.downloadLanguagePack':
    'Your browser needs to download a language pack to translate into {lang}. Download it now?',
  'reader.titles': 'Titles',

  // Counterpart source ([data-testid=counterpart-source])
  'source.label': 'Source',
  'source.alternate': 'The page’s own {lang} edition',
  'source.library': 'An article from your library',
  'source.pasted': 'Text you pasted',
  'source.translation': 'Machine translation, not a human translation',

  // Pair rows
  'pair.missing': 'Not in the {lang} version',
  'pair.uncertain': 'Uncertain match',

  // Paste form
  'paste.title': 'Paste the other version',
  'paste.titleReplace': 'Have a better version? Paste it here',
  'paste.help': 'Copy the article’s text in the other language and paste it here.',
  'paste.label': 'Text of the other version',
  'paste.submit': 'Align with this text',

  // Options page: library
  'library.title': 'Your library',
  'library.intro': 'Articles you read are kept on this computer only, so that a page can find its counterpart later.',
  'library.storing': 'Store every article I read',
  'library.usage': 'Space used: {size}',
  'library.usageUnknown': 'Space used: unknown',
  'library.count': { one: '{count} article', other: '{count} articles' },
  'library.empty': 'Your library is empty.',
  'library.delete': 'Delete',
  'library.deleteLabel': 'Delete “{title}”',
  'library.clear': 'Delete all articles',
  'library.clearConfirm': {
    one: 'Delete {count} article from your library? This cannot be undone.',
    other: 'Delete all {count} articles from your library? This cannot be undone.',
  },
  'library.clearYes': 'Yes, delete all',
  'library.clearNo': 'Cancel',
  'library.saved': 'Saved {date}',
  'library.published': 'Published {date}',
  'library.untitled': 'Untitled article',
  'library.colTitle': 'Article',
  'library.colLanguage': 'Language',
  'library.colSaved': 'Saved',
  'library.colActions': 'Actions',
  'library.storingHelp': 'When this is off, nothing new is stored; what is already stored stays until you delete it.',
  'library.language': 'Language: {lang}',
  'library.list': 'Stored articles',
  'library.search': 'Search the library',
  'library.searchPlaceholder': 'Title, site or language',
  'library.searchNone': 'No article matches “{query}”.',
  'library.searchCount': '{shown} of {count} articles shown',
  'library.open': 'Open “{title}” in a new tab',
  'library.transfer': 'Export and import',
  'library.transferHelp':
    'Export saves your library as a JSON file; importing such a file adds its articles to this library (an article you already have is replaced only by a newer one).',
  'library.export': 'Export library',
  'library.import': 'Import a library file',
  'library.exported': { one: '{count} article exported.', other: '{count} articles exported.' },
  'library.exportFailed': 'The library could not be exported.',
  'library.importDone':
    '{imported} imported, {skipped} skipped (already in your library in the same or a newer version).',
  'library.importNotJson': 'This file is not a Counterpart library: it is not JSON. Nothing was imported.',
  'library.importWrongFormat': 'This file is not a Counterpart library export. Nothing was imported.',
  'library.importNewer':
    'This library file was made by a newer version of Counterpart (format version {version}; this one reads up to {current}). Update Counterpart, then import it again. Nothing was imported.',
  'library.importNotArticle': 'Article {number} in this file is not an article. Nothing was imported.',
  'library.importBadField': 'Article {number} in this file is damaged (field “{field}”). Nothing was imported.',
  'library.importQuota':
    'There is not enough storage space for this import. Nothing was imported; your library is as it was.',
  'library.importFailed': 'The import failed. Nothing was imported; your library is as it was.',
  'library.damaged': {
    one: '{count} damaged entry in your library cannot be shown or used.',
    other: '{count} damaged entries in your library cannot be shown or used.',
  },

  // Options page: sentence alignment
  'options.alignmentHeading': 'Sentence alignment',
  'options.alignWithTranslation':
    'Use the browser’s on-device translation to improve the sentence alignment (Chrome only; nothing is sent anywhere)',

  // Machine translation: the providers' notices, the options page
  'notice.translationNotConfigured': 'No machine translation service is set up. You can choose one in the options.',
  'notice.translationAuth': 'The translation service rejected the API key. Check the key in the options.',
  'notice.translationRateLimited': 'The translation service received too many requests. Try again in a minute.',
  'notice.translationQuota': 'The translation quota of your account is used up.',
  'notice.translationTimeout': 'The translation service took too long to answer.',
  'notice.translationUnavailable':
    'The translation service is not available right now (HTTP {status}). Try again later.',
  'notice.translationUnreachable': 'The translation service could not be reached.',
  'notice.translationUnsupportedLanguage': 'The translation service cannot translate this language pair ({lang}).',
  'notice.translationBadResponse': 'The translation service sent an answer that could not be used.',
  'notice.translationOnDeviceMissing': 'This browser has no on-device translator.',
  'notice.translationDownloadNeeded': 'On-device translation ({lang}) needs a language pack to be downloaded first.',
  'notice.translationOnDeviceFailed': 'The on-device translator could not translate this article.',
  'translation.title': 'Machine translation',
  'translation.intro':
    'Off by default. A machine translation is a last resort, always labelled as such: the article’s text is sent to the service chosen here only when no human translation was found and you ask for a machine translation.',
  'translation.provider': 'Translation service',
  'translation.none': 'None (off)',
  'translation.chrome': 'On this device (the browser’s built-in translator)',
  'translation.chromeMissing': 'On this device (not available in this browser)',
  'translation.chromeHelp':
    'The text stays on this computer. A language pack may have to be downloaded first; you are asked before that happens.',
  'translation.deepl': 'DeepL API, with your key',
  'translation.deeplKey': 'DeepL API key',
  'translation.deeplHelp': 'Free keys end in “:fx”. The key is kept in this browser and sent only to DeepL.',
  'translation.libre': 'LibreTranslate server',
  'translation.libreUrl': 'Server address',
  'translation.libreKey': 'API key (optional)',
  'translation.libreHelp': 'The address of a LibreTranslate server, for example https://translate.example.org.',
  'translation.save': 'Save',
  'translation.saved': 'Saved.',
  'translation.errorKey': 'Enter your DeepL API key.',
  'translation.errorUrl': 'Enter a server address that starts with http:// or https://.',
  'translation.errorLibreKey': 'This API key contains characters an API key cannot have.',
  'library.importBadUrl':
    'Article {number} in this file has an address that is not a web address (http or https). Nothing was imported.',
  'library.importTooLarge':
    'This file is too large to import ({size}; at most {max}). Counterpart exports a large library as several files of at most {max}: import them one by one. Nothing was imported.',
  'library.importReading': 'Reading the file…',
  'library.importWriting': 'Importing {count} articles…',
  'library.exportedParts': '{count} articles exported in {parts} files of at most {max} each (import them one by one).',
  'library.pages': 'Pages of the library',
  'library.pageRange': 'Articles {from}–{to} of {count}',
  'library.previous': 'Newer articles',
  'library.next': 'Older articles',
  'library.notWebAddress': 'This article’s address is not a web address: it cannot be opened from here.',
  'library.rebuild': 'Rebuild the index',
  'library.rebuildHelp':
    'If articles of your library are no longer found as counterparts, rebuild the index from the stored articles. No article is changed or deleted.',
  'library.rebuilt': 'The index was rebuilt from {count} articles.',
  'library.rebuildFailed': 'The index could not be rebuilt. Your articles are unchanged.',
  'notice.storageRateLimited':
    'This article was not stored in your library: this site added more than {count} new articles in the last minute.',
  'translation.errorInsecure':
    'This address starts with http://: your key and the article’s text would travel unencrypted. Enter its https:// address (http:// is accepted only for a server on this computer: localhost, 127.0.0.1, [::1]).',
  'translation.storedInsecure':
    'The saved server {url} is not used: its address starts with http:// and it is not on this computer, so your key and the article’s text would travel unencrypted. Enter its https:// address and save.',
  'translation.errorSave': 'The setting could not be saved; the previous one is kept. Try again.',
  'notice.translationInsecureServer':
    'Nothing was sent: the translation server’s address starts with http://, so your key and the text would travel unencrypted. Set its https:// address in the options.',
  'notice.alignmentPartial':
    'Only the first {count} sentences of each version were aligned; the rest are shown unpaired.',
} as const satisfies Record<NoticeKey, Message> & Record<string, Message>;

/** A key of the UI strings. */
export type UiKey = keyof typeof en;

/** What a locale must give: every English key, as plain text or as plural forms like English, and no other key. */
export type UiStrings = { readonly [Key in UiKey]: (typeof en)[Key] extends string ? string : PluralForms };
