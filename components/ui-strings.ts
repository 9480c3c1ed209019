/**
 * The UI's own strings: one dictionary per UI locale, English as the fallback for
 * a missing locale or key, `{param}` interpolation.
 *
 * Every message the panel and the options page show goes through a `Translate`,
 * including the background engine's notices (`Notice.key` + `Notice.params`).
 */

export type Translate = (key: string, params?: Record<string, string>) => string;

type Dictionary = Record<string, string>;

const en: Dictionary = {
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
  'notice.alternateWrongLanguage':
    'The other edition at {url} is in {found}, not in {expected}.',
  'notice.alternateNotArticle': 'The page at {url} is not an article.',
  'notice.alternateNetworkError': 'The other edition at {url} could not be reached.',
  'notice.alternateOtherStory': 'The page at {url} tells a different story.',
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
  'reader.keyboardHint':
    'Arrow keys move between sentences; Enter on a sentence of the page scrolls the page to it.',
  'reader.locate': 'Show on the page',
  'reader.retry': 'Try again',
  'reader.machineTranslate': 'Show a machine translation',
  'reader.machineTranslateOnDevice': 'Translated on this device. It will be marked as a machine translation, not a human one.',
  'reader.machineTranslateService': 'The article’s text is sent to the translation service you set up. It will be marked as a machine translation, not a human one.',
  'reader.downloadLanguagePack': 'Your browser needs to download a language pack to translate into {lang}. Download it now?',
  'notice.alignmentFailed': 'The two versions could not be aligned. Try again, or paste the other version.',
  'options.alignmentHeading': 'Sentence alignment',
  'options.alignWithTranslation': 'Use the browser’s on-device translation to improve the sentence alignment (Chrome only; nothing is sent anywhere)',
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
  'library.intro':
    'Articles you read are kept on this computer only, so that a page can find its counterpart later.',
  'library.storing': 'Store every article I read',
  'library.usage': 'Space used: {size}',
  'library.usageUnknown': 'Space used: unknown',
  'library.count': '{count} articles',
  'library.countOne': '1 article',
  'library.empty': 'Your library is empty.',
  'library.delete': 'Delete',
  'library.deleteLabel': 'Delete “{title}”',
  'library.clear': 'Delete all articles',
  'library.clearConfirm': 'Delete all {count} articles from your library? This cannot be undone.',
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
  'library.transferHelp': 'Export saves your library as a JSON file; importing such a file adds its articles to this library (an article you already have is replaced only by a newer one).',
  'library.export': 'Export library',
  'library.import': 'Import a library file',
  'library.exported': '{count} articles exported.',
  'library.exportFailed': 'The library could not be exported.',
  'library.importDone': '{imported} imported, {skipped} skipped (already in your library in the same or a newer version).',
  'library.importNotJson': 'This file is not a Counterpart library: it is not JSON. Nothing was imported.',
  'library.importWrongFormat': 'This file is not a Counterpart library export. Nothing was imported.',
  'library.importNewer': 'This library file was made by a newer version of Counterpart (format version {version}; this one reads up to {current}). Update Counterpart, then import it again. Nothing was imported.',
  'library.importNotArticle': 'Article {number} in this file is not an article. Nothing was imported.',
  'library.importBadField': 'Article {number} in this file is damaged (field “{field}”). Nothing was imported.',
  'library.importQuota': 'There is not enough storage space for this import. Nothing was imported; your library is as it was.',
  'library.importFailed': 'The import failed. Nothing was imported; your library is as it was.',
  'library.damagedOne': '1 damaged entry in your library cannot be shown or used.',
  'library.damaged': '{count} damaged entries in your library cannot be shown or used.',

  // Machine translation (utils/translation-providers, chrome-translator-glue; options page)
  'notice.translationNotConfigured': 'No machine translation service is set up. You can choose one in the options.',
  'notice.translationAuth': 'The translation service rejected the API key. Check the key in the options.',
  'notice.translationRateLimited': 'The translation service received too many requests. Try again in a minute.',
  'notice.translationQuota': 'The translation quota of your account is used up.',
  'notice.translationTimeout': 'The translation service took too long to answer.',
  'notice.translationUnavailable': 'The translation service is not available right now (HTTP {status}). Try again later.',
  'notice.translationUnreachable': 'The translation service could not be reached.',
  'notice.translationUnsupportedLanguage': 'The translation service cannot translate this language pair ({lang}).',
  'notice.translationBadResponse': 'The translation service sent an answer that could not be used.',
  'notice.translationOnDeviceMissing': 'This browser has no on-device translator.',
  'notice.translationDownloadNeeded': 'On-device translation ({lang}) needs a language pack to be downloaded first.',
  'notice.translationOnDeviceFailed': 'The on-device translator could not translate this article.',
  'translation.title': 'Machine translation',
  'translation.intro': 'Off by default. A machine translation is a last resort, always labelled as such: the article’s text is sent to the service chosen here only when no human translation was found and you ask for a machine translation.',
  'translation.provider': 'Translation service',
  'translation.none': 'None (off)',
  'translation.chrome': 'On this device (the browser’s built-in translator)',
  'translation.chromeMissing': 'On this device (not available in this browser)',
  'translation.chromeHelp': 'The text stays on this computer. A language pack may have to be downloaded first; you are asked before that happens.',
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
  'notice.alternatePrivateAddress': 'The other edition at {url} was not loaded: it is on a private network or on this computer.',
  'notice.alternateTooLarge': 'The other edition at {url} is too large to load.',
  'notice.alignmentPartial': 'Only the first {count} sentences of each version were aligned; the rest are shown unpaired.',
};

const de: Dictionary = {
  // The toolbar button's tooltip
  'badge.article': 'Counterpart: ein Nachrichtenartikel (noch keine andere Fassung bekannt)',
  'badge.available': 'Counterpart: Fassung auf {language} verfügbar',

  'status.noArticle': 'Diese Seite sieht nicht wie ein Nachrichtenartikel aus.',
  'status.searching': 'Suche nach einer Fassung in einer anderen Sprache …',
  'status.ready': 'Beide Fassungen sind Satz für Satz gegenübergestellt.',
  'status.noCounterpart':
    'Keine Fassung in der gewählten Sprache gefunden. Sie können unten eine einfügen.',
  'status.error': 'Beim Vorbereiten der beiden Fassungen ist etwas schiefgegangen.',

  'notice.alternateHttpError':
    'Die andere Ausgabe unter {url} konnte nicht geladen werden (HTTP {status}).',
  'notice.alternateTimeout': 'Die andere Ausgabe unter {url} hat zu lange nicht geantwortet.',
  'notice.alternateNotHtml': 'Die andere Ausgabe unter {url} ist keine Webseite ({type}).',
  'notice.alternateWrongLanguage':
    'Die andere Ausgabe unter {url} ist auf {found}, nicht auf {expected}.',
  'notice.alternateNotArticle': 'Die Seite unter {url} ist kein Artikel.',
  'notice.alternateNetworkError': 'Die andere Ausgabe unter {url} ist nicht erreichbar.',
  'notice.alternateOtherStory': 'Die Seite unter {url} erzählt eine andere Geschichte.',
  'notice.libraryMatch': 'In Ihrer Bibliothek gefunden: „{title}“.',
  'notice.pastedEmpty': 'Fügen Sie zuerst den Text der anderen Fassung ein.',
  'notice.pastedSameLanguage':
    'Der eingefügte Text ist auf {lang}, in derselben Sprache wie die Seite.',
  'notice.pastedTooLong': 'Der eingefügte Text ist zu lang.',
  'notice.storageFull': 'Die Bibliothek ist voll: Dieser Artikel wurde nicht gespeichert.',
  'notice.storageFailed': 'Dieser Artikel konnte nicht in Ihrer Bibliothek gespeichert werden.',
  'notice.extractionFailed': 'Der Artikel konnte nicht aus dieser Seite gelesen werden.',
  'notice.pageUnavailable': 'Diese Seite kann die Erweiterung nicht lesen.',
  'notice.machineTranslation':
    'Dies ist eine maschinelle Übersetzung, keine menschliche: Sie kann Fehler enthalten, die einer Übersetzerin nicht unterlaufen würden.',

  'reader.label': 'Counterpart: der Artikel in zwei Sprachen',
  'reader.pageLanguage': 'Sprache der Seite',
  'reader.counterpartLanguage': 'Andere Fassung',
  'reader.chooseLanguage': 'Sprache der anderen Fassung',
  'reader.languagesAvailable': 'Fassung vorhanden',
  'reader.languagesOther': 'Weitere Sprachen',
  'reader.alignment': 'Die beiden Fassungen, Satz für Satz',
  'reader.pageSentences': 'Der Artikel auf dieser Seite',
  'reader.noSentences': 'In diesem Artikel wurden keine Sätze gefunden.',
  'reader.hideSide': '{lang} ausblenden',
  'reader.hideSideLabel': 'Die Seite auf {lang} zum Lernen ausblenden',
  'reader.reveal': 'Zeigen',
  'reader.revealLabel': 'Diesen Satz auf {lang} zeigen',
  'reader.keyboardHint':
    'Pfeiltasten wechseln zwischen den Sätzen; Eingabe auf einem Satz der Seite scrollt die Seite dorthin.',
  'reader.locate': 'Auf der Seite zeigen',
  'reader.retry': 'Erneut versuchen',
  'reader.machineTranslate': 'Maschinelle Übersetzung anzeigen',
  'reader.machineTranslateOnDevice': 'Wird auf diesem Gerät übersetzt und als maschinelle Übersetzung gekennzeichnet, nicht als menschliche.',
  'reader.machineTranslateService': 'Der Text des Artikels wird an den eingerichteten Übersetzungsdienst gesendet. Das Ergebnis wird als maschinelle Übersetzung gekennzeichnet, nicht als menschliche.',
  'reader.downloadLanguagePack': 'Ihr Browser muss ein Sprachpaket herunterladen, um ins {lang} zu übersetzen. Jetzt herunterladen?',
  'notice.alignmentFailed': 'Die beiden Fassungen konnten nicht abgeglichen werden. Versuchen Sie es erneut oder fügen Sie die andere Fassung ein.',
  'options.alignmentHeading': 'Satzzuordnung',
  'options.alignWithTranslation': 'Die geräteeigene Übersetzung des Browsers nutzen, um die Satzzuordnung zu verbessern (nur Chrome; es wird nichts gesendet)',
  'reader.titles': 'Titel',

  'source.label': 'Quelle',
  'source.alternate': 'Die eigene Ausgabe der Seite auf {lang}',
  'source.library': 'Ein Artikel aus Ihrer Bibliothek',
  'source.pasted': 'Von Ihnen eingefügter Text',
  'source.translation': 'Maschinelle Übersetzung, keine menschliche Übersetzung',

  'pair.missing': 'Fehlt in der Fassung auf {lang}',
  'pair.uncertain': 'Unsichere Zuordnung',

  'paste.title': 'Andere Fassung einfügen',
  'paste.titleReplace': 'Eine bessere Fassung? Hier einfügen',
  'paste.help': 'Kopieren Sie den Text des Artikels in der anderen Sprache und fügen Sie ihn hier ein.',
  'paste.label': 'Text der anderen Fassung',
  'paste.submit': 'Mit diesem Text abgleichen',

  'library.title': 'Ihre Bibliothek',
  'library.intro':
    'Gelesene Artikel werden nur auf diesem Computer gespeichert, damit eine Seite später ihr Gegenstück findet.',
  'library.storing': 'Jeden gelesenen Artikel speichern',
  'library.usage': 'Belegter Speicher: {size}',
  'library.usageUnknown': 'Belegter Speicher: unbekannt',
  'library.count': '{count} Artikel',
  'library.countOne': '1 Artikel',
  'library.empty': 'Ihre Bibliothek ist leer.',
  'library.delete': 'Löschen',
  'library.deleteLabel': '„{title}“ löschen',
  'library.clear': 'Alle Artikel löschen',
  'library.clearConfirm':
    'Alle {count} Artikel aus Ihrer Bibliothek löschen? Das lässt sich nicht rückgängig machen.',
  'library.clearYes': 'Ja, alle löschen',
  'library.clearNo': 'Abbrechen',
  'library.saved': 'Gespeichert am {date}',
  'library.published': 'Erschienen am {date}',
  'library.untitled': 'Artikel ohne Titel',
  'library.colTitle': 'Artikel',
  'library.colLanguage': 'Sprache',
  'library.colSaved': 'Gespeichert',
  'library.colActions': 'Aktionen',
  'library.storingHelp': 'Ist dies aus, wird nichts Neues gespeichert; Gespeichertes bleibt, bis Sie es löschen.',
  'library.language': 'Sprache: {lang}',
  'library.list': 'Gespeicherte Artikel',
  'library.search': 'In der Bibliothek suchen',
  'library.searchPlaceholder': 'Titel, Website oder Sprache',
  'library.searchNone': 'Kein Artikel passt zu „{query}“.',
  'library.searchCount': '{shown} von {count} Artikeln angezeigt',
  'library.open': '„{title}“ in einem neuen Tab öffnen',
  'library.transfer': 'Exportieren und importieren',
  'library.transferHelp': 'Beim Exportieren wird Ihre Bibliothek als JSON-Datei gespeichert; beim Importieren einer solchen Datei kommen ihre Artikel zu dieser Bibliothek hinzu (ein Artikel, den Sie schon haben, wird nur durch einen neueren ersetzt).',
  'library.export': 'Bibliothek exportieren',
  'library.import': 'Bibliotheksdatei importieren',
  'library.exported': '{count} Artikel exportiert.',
  'library.exportFailed': 'Die Bibliothek konnte nicht exportiert werden.',
  'library.importDone': '{imported} importiert, {skipped} übersprungen (schon in gleicher oder neuerer Fassung in Ihrer Bibliothek).',
  'library.importNotJson': 'Diese Datei ist keine Counterpart-Bibliothek: Sie ist kein JSON. Es wurde nichts importiert.',
  'library.importWrongFormat': 'Diese Datei ist kein Export einer Counterpart-Bibliothek. Es wurde nichts importiert.',
  'library.importNewer': 'Diese Bibliotheksdatei stammt aus einer neueren Counterpart-Version (Formatversion {version}; diese liest bis {current}). Aktualisieren Sie Counterpart und importieren Sie sie erneut. Es wurde nichts importiert.',
  'library.importNotArticle': 'Artikel {number} in dieser Datei ist kein Artikel. Es wurde nichts importiert.',
  'library.importBadField': 'Artikel {number} in dieser Datei ist beschädigt (Feld „{field}“). Es wurde nichts importiert.',
  'library.importQuota': 'Für diesen Import ist nicht genug Speicherplatz frei. Es wurde nichts importiert; Ihre Bibliothek ist unverändert.',
  'library.importFailed': 'Der Import ist fehlgeschlagen. Es wurde nichts importiert; Ihre Bibliothek ist unverändert.',
  'library.damagedOne': '1 beschädigter Eintrag in Ihrer Bibliothek kann nicht angezeigt oder verwendet werden.',
  'library.damaged': '{count} beschädigte Einträge in Ihrer Bibliothek können nicht angezeigt oder verwendet werden.',

  'notice.translationNotConfigured': 'Es ist kein Dienst für maschinelle Übersetzung eingerichtet. Sie können einen in den Einstellungen wählen.',
  'notice.translationAuth': 'Der Übersetzungsdienst hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den Einstellungen.',
  'notice.translationRateLimited': 'Der Übersetzungsdienst hat zu viele Anfragen erhalten. Versuchen Sie es in einer Minute erneut.',
  'notice.translationQuota': 'Das Übersetzungskontingent Ihres Kontos ist aufgebraucht.',
  'notice.translationTimeout': 'Der Übersetzungsdienst hat zu lange nicht geantwortet.',
  'notice.translationUnavailable': 'Der Übersetzungsdienst ist gerade nicht verfügbar (HTTP {status}). Versuchen Sie es später erneut.',
  'notice.translationUnreachable': 'Der Übersetzungsdienst ist nicht erreichbar.',
  'notice.translationUnsupportedLanguage': 'Der Übersetzungsdienst kann dieses Sprachpaar nicht übersetzen ({lang}).',
  'notice.translationBadResponse': 'Der Übersetzungsdienst hat eine unbrauchbare Antwort geschickt.',
  'notice.translationOnDeviceMissing': 'Dieser Browser hat keinen Übersetzer auf dem Gerät.',
  'notice.translationDownloadNeeded': 'Für die Übersetzung auf dem Gerät ({lang}) muss zuerst ein Sprachpaket heruntergeladen werden.',
  'notice.translationOnDeviceFailed': 'Der Übersetzer auf dem Gerät konnte diesen Artikel nicht übersetzen.',
  'translation.title': 'Maschinelle Übersetzung',
  'translation.intro': 'Standardmäßig aus. Eine maschinelle Übersetzung ist der letzte Ausweg und immer als solche gekennzeichnet: Der Text des Artikels wird nur dann an den hier gewählten Dienst geschickt, wenn keine menschliche Übersetzung gefunden wurde und Sie eine maschinelle Übersetzung anfordern.',
  'translation.provider': 'Übersetzungsdienst',
  'translation.none': 'Keiner (aus)',
  'translation.chrome': 'Auf diesem Gerät (der eingebaute Übersetzer des Browsers)',
  'translation.chromeMissing': 'Auf diesem Gerät (in diesem Browser nicht verfügbar)',
  'translation.chromeHelp': 'Der Text bleibt auf diesem Computer. Eventuell muss zuerst ein Sprachpaket heruntergeladen werden; Sie werden vorher gefragt.',
  'translation.deepl': 'DeepL API, mit Ihrem Schlüssel',
  'translation.deeplKey': 'DeepL-API-Schlüssel',
  'translation.deeplHelp': 'Kostenlose Schlüssel enden auf „:fx“. Der Schlüssel bleibt in diesem Browser und wird nur an DeepL geschickt.',
  'translation.libre': 'LibreTranslate-Server',
  'translation.libreUrl': 'Serveradresse',
  'translation.libreKey': 'API-Schlüssel (optional)',
  'translation.libreHelp': 'Die Adresse eines LibreTranslate-Servers, zum Beispiel https://translate.example.org.',
  'translation.save': 'Speichern',
  'translation.saved': 'Gespeichert.',
  'translation.errorKey': 'Geben Sie Ihren DeepL-API-Schlüssel ein.',
  'translation.errorUrl': 'Geben Sie eine Serveradresse ein, die mit http:// oder https:// beginnt.',
  'translation.errorLibreKey': 'Dieser API-Schlüssel enthält Zeichen, die ein API-Schlüssel nicht haben kann.',
  'notice.alternatePrivateAddress': 'Die andere Ausgabe unter {url} wurde nicht geladen: Sie liegt in einem privaten Netzwerk oder auf diesem Computer.',
  'notice.alternateTooLarge': 'Die andere Ausgabe unter {url} ist zu groß, um sie zu laden.',
  'notice.alignmentPartial': 'Nur die ersten {count} Sätze jeder Fassung wurden abgeglichen; der Rest wird ohne Gegenstück angezeigt.',
};

const fr: Dictionary = {
  // The toolbar button's tooltip
  'badge.article': 'Counterpart : un article d’actualité (aucune autre version connue pour l’instant)',
  'badge.available': 'Counterpart : version en {language} disponible',

  'status.noArticle': 'Cette page ne ressemble pas à un article de presse.',
  'status.searching': 'Recherche d’une version dans une autre langue…',
  'status.ready': 'Les deux versions sont alignées phrase par phrase.',
  'status.noCounterpart':
    'Aucune version dans la langue choisie n’a été trouvée. Vous pouvez en coller une ci-dessous.',
  'status.error': 'Un problème est survenu lors de la préparation des deux versions.',

  'notice.alternateHttpError':
    'L’autre édition à l’adresse {url} n’a pas pu être chargée (HTTP {status}).',
  'notice.alternateTimeout': 'L’autre édition à l’adresse {url} a mis trop de temps à répondre.',
  'notice.alternateNotHtml': 'L’autre édition à l’adresse {url} n’est pas une page web ({type}).',
  'notice.alternateWrongLanguage':
    'L’autre édition à l’adresse {url} est en {found}, et non en {expected}.',
  'notice.alternateNotArticle': 'La page à l’adresse {url} n’est pas un article.',
  'notice.alternateNetworkError': 'L’autre édition à l’adresse {url} est injoignable.',
  'notice.alternateOtherStory': 'La page à l’adresse {url} raconte une autre histoire.',
  'notice.libraryMatch': 'Trouvé dans votre bibliothèque : « {title} ».',
  'notice.pastedEmpty': 'Collez d’abord le texte de l’autre version.',
  'notice.pastedSameLanguage':
    'Le texte collé est en {lang}, la même langue que la page.',
  'notice.pastedTooLong': 'Le texte collé est trop long.',
  'notice.storageFull': 'La bibliothèque est pleine : cet article n’a pas été enregistré.',
  'notice.storageFailed': 'Cet article n’a pas pu être enregistré dans votre bibliothèque.',
  'notice.extractionFailed': 'L’article n’a pas pu être lu sur cette page.',
  'notice.pageUnavailable': 'L’extension ne peut pas lire cette page.',
  'notice.machineTranslation':
    'Ceci est une traduction automatique, non humaine : elle peut comporter des erreurs qu’un traducteur ne ferait pas.',

  'reader.label': 'Counterpart : l’article en deux langues',
  'reader.pageLanguage': 'Langue de la page',
  'reader.counterpartLanguage': 'Autre version',
  'reader.chooseLanguage': 'Langue de l’autre version',
  'reader.languagesAvailable': 'Version disponible',
  'reader.languagesOther': 'Autres langues',
  'reader.alignment': 'Les deux versions, phrase par phrase',
  'reader.pageSentences': 'L’article de cette page',
  'reader.noSentences': 'Aucune phrase n’a été trouvée dans cet article.',
  'reader.hideSide': 'Masquer : {lang}',
  'reader.hideSideLabel': 'Masquer le côté en {lang} pour s’entraîner',
  'reader.reveal': 'Afficher',
  'reader.revealLabel': 'Afficher cette phrase en {lang}',
  'reader.keyboardHint':
    'Les flèches passent d’une phrase à l’autre ; Entrée sur une phrase de la page y fait défiler la page.',
  'reader.locate': 'Montrer sur la page',
  'reader.retry': 'Réessayer',
  'reader.machineTranslate': 'Afficher une traduction automatique',
  'reader.machineTranslateOnDevice': 'Traduit sur cet appareil. Elle sera signalée comme traduction automatique, non humaine.',
  'reader.machineTranslateService': 'Le texte de l’article est envoyé au service de traduction que vous avez configuré. Elle sera signalée comme traduction automatique, non humaine.',
  'reader.downloadLanguagePack': 'Votre navigateur doit télécharger un module de langue pour traduire en {lang}. Le télécharger maintenant ?',
  'notice.alignmentFailed': 'Les deux versions n’ont pas pu être alignées. Réessayez, ou collez l’autre version.',
  'options.alignmentHeading': 'Alignement des phrases',
  'options.alignWithTranslation': 'Utiliser la traduction intégrée du navigateur pour améliorer l’alignement des phrases (Chrome seulement ; rien n’est envoyé)',
  'reader.titles': 'Titres',

  'source.label': 'Source',
  'source.alternate': 'L’édition en {lang} de la page elle-même',
  'source.library': 'Un article de votre bibliothèque',
  'source.pasted': 'Texte que vous avez collé',
  'source.translation': 'Traduction automatique, pas une traduction humaine',

  'pair.missing': 'Absent de la version en {lang}',
  'pair.uncertain': 'Correspondance incertaine',

  'paste.title': 'Coller l’autre version',
  'paste.titleReplace': 'Une meilleure version ? Collez-la ici',
  'paste.help': 'Copiez le texte de l’article dans l’autre langue et collez-le ici.',
  'paste.label': 'Texte de l’autre version',
  'paste.submit': 'Aligner avec ce texte',

  'library.title': 'Votre bibliothèque',
  'library.intro':
    'Les articles lus sont conservés sur cet ordinateur uniquement, pour qu’une page retrouve plus tard sa contrepartie.',
  'library.storing': 'Enregistrer chaque article que je lis',
  'library.usage': 'Espace utilisé : {size}',
  'library.usageUnknown': 'Espace utilisé : inconnu',
  'library.count': '{count} articles',
  'library.countOne': '1 article',
  'library.empty': 'Votre bibliothèque est vide.',
  'library.delete': 'Supprimer',
  'library.deleteLabel': 'Supprimer « {title} »',
  'library.clear': 'Supprimer tous les articles',
  'library.clearConfirm':
    'Supprimer les {count} articles de votre bibliothèque ? Cette action est irréversible.',
  'library.clearYes': 'Oui, tout supprimer',
  'library.clearNo': 'Annuler',
  'library.saved': 'Enregistré le {date}',
  'library.published': 'Publié le {date}',
  'library.untitled': 'Article sans titre',
  'library.colTitle': 'Article',
  'library.colLanguage': 'Langue',
  'library.colSaved': 'Enregistré',
  'library.colActions': 'Actions',
  'library.storingHelp': 'Désactivé, rien de nouveau n’est enregistré ; ce qui l’est déjà reste jusqu’à ce que vous le supprimiez.',
  'library.language': 'Langue : {lang}',
  'library.list': 'Articles enregistrés',
  'library.search': 'Rechercher dans la bibliothèque',
  'library.searchPlaceholder': 'Titre, site ou langue',
  'library.searchNone': 'Aucun article ne correspond à « {query} ».',
  'library.searchCount': '{shown} articles affichés sur {count}',
  'library.open': 'Ouvrir « {title} » dans un nouvel onglet',
  'library.transfer': 'Exporter et importer',
  'library.transferHelp': 'L’export enregistre votre bibliothèque dans un fichier JSON ; l’import d’un tel fichier ajoute ses articles à cette bibliothèque (un article que vous avez déjà n’est remplacé que par une version plus récente).',
  'library.export': 'Exporter la bibliothèque',
  'library.import': 'Importer un fichier de bibliothèque',
  'library.exported': '{count} articles exportés.',
  'library.exportFailed': 'La bibliothèque n’a pas pu être exportée.',
  'library.importDone': '{imported} importés, {skipped} ignorés (déjà dans votre bibliothèque, dans la même version ou une plus récente).',
  'library.importNotJson': 'Ce fichier n’est pas une bibliothèque Counterpart : ce n’est pas du JSON. Rien n’a été importé.',
  'library.importWrongFormat': 'Ce fichier n’est pas un export de bibliothèque Counterpart. Rien n’a été importé.',
  'library.importNewer': 'Ce fichier de bibliothèque vient d’une version plus récente de Counterpart (version de format {version} ; celle-ci lit jusqu’à {current}). Mettez Counterpart à jour, puis importez-le de nouveau. Rien n’a été importé.',
  'library.importNotArticle': 'L’article {number} de ce fichier n’est pas un article. Rien n’a été importé.',
  'library.importBadField': 'L’article {number} de ce fichier est endommagé (champ « {field} »). Rien n’a été importé.',
  'library.importQuota': 'L’espace de stockage ne suffit pas pour cet import. Rien n’a été importé ; votre bibliothèque est restée telle quelle.',
  'library.importFailed': 'L’import a échoué. Rien n’a été importé ; votre bibliothèque est restée telle quelle.',
  'library.damagedOne': '1 entrée endommagée de votre bibliothèque ne peut être ni affichée ni utilisée.',
  'library.damaged': '{count} entrées endommagées de votre bibliothèque ne peuvent être ni affichées ni utilisées.',

  'notice.translationNotConfigured': 'Aucun service de traduction automatique n’est configuré. Vous pouvez en choisir un dans les options.',
  'notice.translationAuth': 'Le service de traduction a refusé la clé d’API. Vérifiez la clé dans les options.',
  'notice.translationRateLimited': 'Le service de traduction a reçu trop de requêtes. Réessayez dans une minute.',
  'notice.translationQuota': 'Le quota de traduction de votre compte est épuisé.',
  'notice.translationTimeout': 'Le service de traduction a mis trop de temps à répondre.',
  'notice.translationUnavailable': 'Le service de traduction n’est pas disponible pour le moment (HTTP {status}). Réessayez plus tard.',
  'notice.translationUnreachable': 'Le service de traduction est injoignable.',
  'notice.translationUnsupportedLanguage': 'Le service de traduction ne sait pas traduire cette paire de langues ({lang}).',
  'notice.translationBadResponse': 'Le service de traduction a envoyé une réponse inutilisable.',
  'notice.translationOnDeviceMissing': 'Ce navigateur n’a pas de traducteur intégré à l’appareil.',
  'notice.translationDownloadNeeded': 'La traduction sur l’appareil ({lang}) nécessite d’abord le téléchargement d’un pack de langue.',
  'notice.translationOnDeviceFailed': 'Le traducteur de l’appareil n’a pas pu traduire cet article.',
  'translation.title': 'Traduction automatique',
  'translation.intro': 'Désactivée par défaut. Une traduction automatique est un dernier recours, toujours signalée comme telle : le texte de l’article n’est envoyé au service choisi ici que si aucune traduction humaine n’a été trouvée et que vous demandez une traduction automatique.',
  'translation.provider': 'Service de traduction',
  'translation.none': 'Aucun (désactivé)',
  'translation.chrome': 'Sur cet appareil (le traducteur intégré du navigateur)',
  'translation.chromeMissing': 'Sur cet appareil (indisponible dans ce navigateur)',
  'translation.chromeHelp': 'Le texte reste sur cet ordinateur. Un pack de langue devra peut-être être téléchargé d’abord ; on vous le demandera avant.',
  'translation.deepl': 'API DeepL, avec votre clé',
  'translation.deeplKey': 'Clé d’API DeepL',
  'translation.deeplHelp': 'Les clés gratuites se terminent par « :fx ». La clé reste dans ce navigateur et n’est envoyée qu’à DeepL.',
  'translation.libre': 'Serveur LibreTranslate',
  'translation.libreUrl': 'Adresse du serveur',
  'translation.libreKey': 'Clé d’API (facultative)',
  'translation.libreHelp': 'L’adresse d’un serveur LibreTranslate, par exemple https://translate.example.org.',
  'translation.save': 'Enregistrer',
  'translation.saved': 'Enregistré.',
  'translation.errorKey': 'Saisissez votre clé d’API DeepL.',
  'translation.errorUrl': 'Saisissez une adresse de serveur commençant par http:// ou https://.',
  'translation.errorLibreKey': 'Cette clé d’API contient des caractères qu’une clé d’API ne peut pas contenir.',
  'notice.alternatePrivateAddress': 'L’autre édition à l’adresse {url} n’a pas été chargée : elle se trouve sur un réseau privé ou sur cet ordinateur.',
  'notice.alternateTooLarge': 'L’autre édition à l’adresse {url} est trop volumineuse pour être chargée.',
  'notice.alignmentPartial': 'Seules les {count} premières phrases de chaque version ont été alignées ; les autres sont affichées sans correspondance.',
};

/** The dictionaries, by primary language subtag. Exported for the completeness test. */
export const dictionaries: Readonly<Record<string, Dictionary>> = { en, de, fr };

function primarySubtag(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

function interpolate(template: string, params: Record<string, string> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? (params[name] ?? whole) : whole,
  );
}

/**
 * The locale the UI really speaks for `locale`: itself when there is a dictionary for its
 * language ('de-AT' → 'de-AT'), else 'en'. Use it for the UI's lang/dir, language names,
 * dates and numbers, so that they match the strings shown.
 */
export function uiLanguage(locale: string): string {
  return dictionaries[primarySubtag(locale)] ? locale : 'en';
}

/** A translator for `locale` ('de-DE' → German); unknown locales and keys fall back to English, then to the key. */
export function makeTranslator(locale: string): Translate {
  const own = dictionaries[primarySubtag(locale)] ?? en;
  return (key, params) => interpolate(own[key] ?? en[key] ?? key, params);
}

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLocale: string): Intl.DisplayNames | null {
  let names = displayNamesCache.get(uiLocale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLocale, 'en'], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNamesCache.set(uiLocale, names);
  }
  return names;
}

/** The name of language `code` in the UI's language ('de' in 'fr' → 'allemand'); the code itself when unknown. */
export function languageName(code: string, uiLocale: string): string {
  if (!code || code === 'und') return code;
  try {
    const name = displayNames(uiLocale)?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : code;
  } catch {
    return code;
  }
}
