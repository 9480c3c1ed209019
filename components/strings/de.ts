import type { UiStrings } from './en.ts';

/** Die Texte der Oberfläche auf Deutsch. */
export const de: UiStrings = {
  // The toolbar button's tooltip
  'badge.article': 'Counterpart: ein Nachrichtenartikel (noch keine andere Fassung bekannt)',
  'badge.available': 'Counterpart: Fassung auf {language} verfügbar',

  // Panel status (data-state of [data-testid=status])
  'status.noArticle': 'Diese Seite sieht nicht wie ein Nachrichtenartikel aus.',
  'status.searching': 'Suche nach einer Fassung in einer anderen Sprache …',
  'status.ready': 'Beide Fassungen sind Satz für Satz gegenübergestellt.',
  'status.noCounterpart': 'Keine Fassung in der gewählten Sprache gefunden. Sie können unten eine einfügen.',
  'status.error': 'Beim Vorbereiten der beiden Fassungen ist etwas schiefgegangen.',

  // Notices from the background engine
  'notice.alternateHttpError': 'Die andere Ausgabe unter {url} konnte nicht geladen werden (HTTP {status}).',
  'notice.alternateTimeout': 'Die andere Ausgabe unter {url} hat zu lange nicht geantwortet.',
  'notice.alternateNotHtml': 'Die andere Ausgabe unter {url} ist keine Webseite ({type}).',
  'notice.alternateWrongLanguage': 'Die andere Ausgabe unter {url} ist auf {found}, nicht auf {expected}.',
  'notice.alternateNotArticle': 'Die Seite unter {url} ist kein Artikel.',
  'notice.alternateNetworkError': 'Die andere Ausgabe unter {url} ist nicht erreichbar.',
  'notice.alternateOtherStory': 'Die Seite unter {url} erzählt eine andere Geschichte.',
  'notice.alternatePrivateAddress':
    'Die andere Ausgabe unter {url} wurde nicht geladen: Sie liegt in einem privaten Netzwerk oder auf diesem Computer.',
  'notice.alternateTooLarge': 'Die andere Ausgabe unter {url} ist zu groß, um sie zu laden.',
  'notice.libraryMatch': 'In Ihrer Bibliothek gefunden: „{title}“.',
  'notice.pastedEmpty': 'Fügen Sie zuerst den Text der anderen Fassung ein.',
  'notice.pastedSameLanguage': 'Der eingefügte Text ist auf {lang}, in derselben Sprache wie die Seite.',
  'notice.pastedTooLong': 'Der eingefügte Text ist zu lang.',
  'notice.storageFull': 'Die Bibliothek ist voll: Dieser Artikel wurde nicht gespeichert.',
  'notice.storageFailed': 'Dieser Artikel konnte nicht in Ihrer Bibliothek gespeichert werden.',
  'notice.extractionFailed': 'Der Artikel konnte nicht aus dieser Seite gelesen werden.',
  'notice.pageUnavailable': 'Diese Seite kann die Erweiterung nicht lesen.',
  'notice.machineTranslation':
    'Dies ist eine maschinelle Übersetzung, keine menschliche: Sie kann Fehler enthalten, die einer Übersetzerin nicht unterlaufen würden.',
  'notice.alignmentFailed':
    'Die beiden Fassungen konnten nicht abgeglichen werden. Versuchen Sie es erneut oder fügen Sie die andere Fassung ein.',

  // Reader chrome
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
  'reader.machineTranslateOnDevice':
    'Wird auf diesem Gerät übersetzt und als maschinelle Übersetzung gekennzeichnet, nicht als menschliche.',
  'reader.machineTranslateService':
    'Der Text des Artikels wird an den eingerichteten Übersetzungsdienst gesendet. Das Ergebnis wird als maschinelle Übersetzung gekennzeichnet, nicht als menschliche.',
  'reader.downloadLanguagePack':
    'Ihr Browser muss ein Sprachpaket herunterladen, um ins {lang} zu übersetzen. Jetzt herunterladen?',
  'reader.titles': 'Titel',

  // Counterpart source ([data-testid=counterpart-source])
  'source.label': 'Quelle',
  'source.alternate': 'Die eigene Ausgabe der Seite auf {lang}',
  'source.library': 'Ein Artikel aus Ihrer Bibliothek',
  'source.pasted': 'Von Ihnen eingefügter Text',
  'source.translation': 'Maschinelle Übersetzung, keine menschliche Übersetzung',

  // Pair rows
  'pair.missing': 'Fehlt in der Fassung auf {lang}',
  'pair.uncertain': 'Unsichere Zuordnung',

  // Paste form
  'paste.title': 'Andere Fassung einfügen',
  'paste.titleReplace': 'Eine bessere Fassung? Hier einfügen',
  'paste.help': 'Kopieren Sie den Text des Artikels in der anderen Sprache und fügen Sie ihn hier ein.',
  'paste.label': 'Text der anderen Fassung',
  'paste.submit': 'Mit diesem Text abgleichen',

  // Options page: library
  'library.title': 'Ihre Bibliothek',
  'library.intro':
    'Gelesene Artikel werden nur auf diesem Computer gespeichert, damit eine Seite später ihr Gegenstück findet.',
  'library.storing': 'Jeden gelesenen Artikel speichern',
  'library.usage': 'Belegter Speicher: {size}',
  'library.usageUnknown': 'Belegter Speicher: unbekannt',
  'library.count': { one: '{count} Artikel', other: '{count} Artikel' },
  'library.empty': 'Ihre Bibliothek ist leer.',
  'library.delete': 'Löschen',
  'library.deleteLabel': '„{title}“ löschen',
  'library.clear': 'Alle Artikel löschen',
  'library.clearConfirm': {
    one: '{count} Artikel aus Ihrer Bibliothek löschen? Das lässt sich nicht rückgängig machen.',
    other: 'Alle {count} Artikel aus Ihrer Bibliothek löschen? Das lässt sich nicht rückgängig machen.',
  },
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
  'library.transferHelp':
    'Beim Exportieren wird Ihre Bibliothek als JSON-Datei gespeichert; beim Importieren einer solchen Datei kommen ihre Artikel zu dieser Bibliothek hinzu (ein Artikel, den Sie schon haben, wird nur durch einen neueren ersetzt).',
  'library.export': 'Bibliothek exportieren',
  'library.import': 'Bibliotheksdatei importieren',
  'library.exported': { one: '{count} Artikel exportiert.', other: '{count} Artikel exportiert.' },
  'library.exportFailed': 'Die Bibliothek konnte nicht exportiert werden.',
  'library.importDone':
    '{imported} importiert, {skipped} übersprungen (schon in gleicher oder neuerer Fassung in Ihrer Bibliothek).',
  'library.importNotJson':
    'Diese Datei ist keine Counterpart-Bibliothek: Sie ist kein JSON. Es wurde nichts importiert.',
  'library.importWrongFormat': 'Diese Datei ist kein Export einer Counterpart-Bibliothek. Es wurde nichts importiert.',
  'library.importNewer':
    'Diese Bibliotheksdatei stammt aus einer neueren Counterpart-Version (Formatversion {version}; diese liest bis {current}). Aktualisieren Sie Counterpart und importieren Sie sie erneut. Es wurde nichts importiert.',
  'library.importNotArticle': 'Artikel {number} in dieser Datei ist kein Artikel. Es wurde nichts importiert.',
  'library.importBadField':
    'Artikel {number} in dieser Datei ist beschädigt (Feld „{field}“). Es wurde nichts importiert.',
  'library.importQuota':
    'Für diesen Import ist nicht genug Speicherplatz frei. Es wurde nichts importiert; Ihre Bibliothek ist unverändert.',
  'library.importFailed': 'Der Import ist fehlgeschlagen. Es wurde nichts importiert; Ihre Bibliothek ist unverändert.',
  'library.damaged': {
    one: '{count} beschädigter Eintrag in Ihrer Bibliothek kann nicht angezeigt oder verwendet werden.',
    other: '{count} beschädigte Einträge in Ihrer Bibliothek können nicht angezeigt oder verwendet werden.',
  },

  // Options page: sentence alignment
  'options.alignmentHeading': 'Satzzuordnung',
  'options.alignWithTranslation':
    'Die geräteeigene Übersetzung des Browsers nutzen, um die Satzzuordnung zu verbessern (nur Chrome; es wird nichts gesendet)',

  // Machine translation: the providers' notices, the options page
  'notice.translationNotConfigured':
    'Es ist kein Dienst für maschinelle Übersetzung eingerichtet. Sie können einen in den Einstellungen wählen.',
  'notice.translationAuth':
    'Der Übersetzungsdienst hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den Einstellungen.',
  'notice.translationRateLimited':
    'Der Übersetzungsdienst hat zu viele Anfragen erhalten. Versuchen Sie es in einer Minute erneut.',
  'notice.translationQuota': 'Das Übersetzungskontingent Ihres Kontos ist aufgebraucht.',
  'notice.translationTimeout': 'Der Übersetzungsdienst hat zu lange nicht geantwortet.',
  'notice.translationUnavailable':
    'Der Übersetzungsdienst ist gerade nicht verfügbar (HTTP {status}). Versuchen Sie es später erneut.',
  'notice.translationUnreachable': 'Der Übersetzungsdienst ist nicht erreichbar.',
  'notice.translationUnsupportedLanguage': 'Der Übersetzungsdienst kann dieses Sprachpaar nicht übersetzen ({lang}).',
  'notice.translationBadResponse': 'Der Übersetzungsdienst hat eine unbrauchbare Antwort geschickt.',
  'notice.translationOnDeviceMissing': 'Dieser Browser hat keinen Übersetzer auf dem Gerät.',
  'notice.translationDownloadNeeded':
    'Für die Übersetzung auf dem Gerät ({lang}) muss zuerst ein Sprachpaket heruntergeladen werden.',
  'notice.translationOnDeviceFailed': 'Der Übersetzer auf dem Gerät konnte diesen Artikel nicht übersetzen.',
  'translation.title': 'Maschinelle Übersetzung',
  'translation.intro':
    'Standardmäßig aus. Eine maschinelle Übersetzung ist der letzte Ausweg und immer als solche gekennzeichnet: Der Text des Artikels wird nur dann an den hier gewählten Dienst geschickt, wenn keine menschliche Übersetzung gefunden wurde und Sie eine maschinelle Übersetzung anfordern.',
  'translation.provider': 'Übersetzungsdienst',
  'translation.none': 'Keiner (aus)',
  'translation.chrome': 'Auf diesem Gerät (der eingebaute Übersetzer des Browsers)',
  'translation.chromeMissing': 'Auf diesem Gerät (in diesem Browser nicht verfügbar)',
  'translation.chromeHelp':
    'Der Text bleibt auf diesem Computer. Eventuell muss zuerst ein Sprachpaket heruntergeladen werden; Sie werden vorher gefragt.',
  'translation.deepl': 'DeepL API, mit Ihrem Schlüssel',
  'translation.deeplKey': 'DeepL-API-Schlüssel',
  'translation.deeplHelp':
    'Kostenlose Schlüssel enden auf „:fx“. Der Schlüssel bleibt in diesem Browser und wird nur an DeepL geschickt.',
  'translation.libre': 'LibreTranslate-Server',
  'translation.libreUrl': 'Serveradresse',
  'translation.libreKey': 'API-Schlüssel (optional)',
  'translation.libreHelp': 'Die Adresse eines LibreTranslate-Servers, zum Beispiel https://translate.example.org.',
  'translation.save': 'Speichern',
  'translation.saved': 'Gespeichert.',
  'translation.errorKey': 'Geben Sie Ihren DeepL-API-Schlüssel ein.',
  'translation.errorUrl': 'Geben Sie eine Serveradresse ein, die mit http:// oder https:// beginnt.',
  'translation.errorLibreKey': 'Dieser API-Schlüssel enthält Zeichen, die ein API-Schlüssel nicht haben kann.',
  'library.importBadUrl':
    'Artikel {number} in dieser Datei hat eine Adresse, die keine Webadresse ist (http oder https). Es wurde nichts importiert.',
  'library.importTooLarge':
    'Diese Datei ist zu groß für einen Import ({size}; höchstens {max}). Counterpart exportiert eine große Bibliothek als mehrere Dateien von höchstens {max}: Importieren Sie sie einzeln. Es wurde nichts importiert.',
  'library.importReading': 'Die Datei wird gelesen …',
  'library.importWriting': '{count} Artikel werden importiert …',
  'library.exportedParts':
    '{count} Artikel in {parts} Dateien von höchstens {max} exportiert (importieren Sie sie einzeln).',
  'library.pages': 'Seiten der Bibliothek',
  'library.pageRange': 'Artikel {from}–{to} von {count}',
  'library.previous': 'Neuere Artikel',
  'library.next': 'Ältere Artikel',
  'library.notWebAddress':
    'Die Adresse dieses Artikels ist keine Webadresse: Er kann von hier aus nicht geöffnet werden.',
  'library.rebuild': 'Index neu aufbauen',
  'library.rebuildHelp':
    'Werden Artikel Ihrer Bibliothek nicht mehr als Gegenstücke gefunden, bauen Sie den Index aus den gespeicherten Artikeln neu auf. Kein Artikel wird geändert oder gelöscht.',
  'library.rebuilt': 'Der Index wurde aus {count} Artikeln neu aufgebaut.',
  'library.rebuildFailed': 'Der Index konnte nicht neu aufgebaut werden. Ihre Artikel sind unverändert.',
  'notice.storageRateLimited':
    'Dieser Artikel wurde nicht in Ihrer Bibliothek gespeichert: Diese Website hat in der letzten Minute mehr als {count} neue Artikel hinzugefügt.',
  'translation.errorInsecure':
    'Diese Adresse beginnt mit http://: Ihr Schlüssel und der Text des Artikels würden unverschlüsselt übertragen. Geben Sie die https://-Adresse ein (http:// nur für einen Server auf diesem Computer: localhost, 127.0.0.1, [::1]).',
  'translation.storedInsecure':
    'Der gespeicherte Server {url} wird nicht verwendet: Seine Adresse beginnt mit http:// und er ist nicht auf diesem Computer, Ihr Schlüssel und der Text des Artikels würden also unverschlüsselt übertragen. Geben Sie seine https://-Adresse ein und speichern Sie.',
  'translation.errorSave':
    'Die Einstellung konnte nicht gespeichert werden; die bisherige bleibt erhalten. Versuchen Sie es noch einmal.',
  'notice.translationInsecureServer':
    'Es wurde nichts gesendet: Die Adresse des Übersetzungsservers beginnt mit http://, Ihr Schlüssel und der Text würden also unverschlüsselt übertragen. Geben Sie in den Einstellungen seine https://-Adresse ein.',
  'notice.alignmentPartial':
    'Nur die ersten {count} Sätze jeder Fassung wurden abgeglichen; der Rest wird ohne Gegenstück angezeigt.',
};
