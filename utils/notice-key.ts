/**
 * The messages a Notice can carry: keys into the UI strings (components/strings). The English
 * strings must have each of them, and every other locale every English key, so a notice
 * built with a key that has no text fails the type check.
 */
export type NoticeKey =
  // The page and its other editions (counterpart engine, fetching)
  | 'notice.alternateHttpError'
  | 'notice.alternateTimeout'
  | 'notice.alternateNotHtml'
  | 'notice.alternateWrongLanguage'
  | 'notice.alternateNotArticle'
  | 'notice.alternateNetworkError'
  | 'notice.alternateOtherStory'
  | 'notice.alternatePrivateAddress'
  | 'notice.alternateTooLarge'
  | 'notice.libraryMatch'
  | 'notice.pastedEmpty'
  | 'notice.pastedSameLanguage'
  | 'notice.pastedTooLong'
  | 'notice.storageFull'
  | 'notice.storageFailed'
  | 'notice.extractionFailed'
  | 'notice.pageUnavailable'
  | 'notice.machineTranslation'
  | 'notice.alignmentFailed'
  // Machine translation (providers, the on-device translator)
  | 'notice.translationNotConfigured'
  | 'notice.translationAuth'
  | 'notice.translationRateLimited'
  | 'notice.translationQuota'
  | 'notice.translationTimeout'
  | 'notice.translationUnavailable'
  | 'notice.translationUnreachable'
  | 'notice.translationUnsupportedLanguage'
  | 'notice.translationBadResponse'
  | 'notice.translationOnDeviceMissing'
  | 'notice.translationDownloadNeeded'
  | 'notice.translationOnDeviceFailed'
  // The library's export and import (options page)
  | 'library.exported'
  | 'library.exportFailed'
  | 'library.importDone'
  | 'library.importNotJson'
  | 'library.importWrongFormat'
  | 'library.importNewer'
  | 'library.importNotArticle'
  | 'library.importBadField'
  | 'library.importQuota'
  | 'library.importFailed';
