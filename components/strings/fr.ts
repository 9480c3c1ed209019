import type { UiStrings } from './en.ts';

/** Les textes de l’interface en français. */
export const fr: UiStrings = {
  // The toolbar button's tooltip
  'badge.article': 'Counterpart : un article d’actualité (aucune autre version connue pour l’instant)',
  'badge.available': 'Counterpart : version en {language} disponible',

  // Panel status (data-state of [data-testid=status])
  'status.noArticle': 'Cette page ne ressemble pas à un article de presse.',
  'status.searching': 'Recherche d’une version dans une autre langue…',
  'status.ready': 'Les deux versions sont alignées phrase par phrase.',
  'status.noCounterpart':
    'Aucune version dans la langue choisie n’a été trouvée. Vous pouvez en coller une ci-dessous.',
  'status.error': 'Un problème est survenu lors de la préparation des deux versions.',

  // Notices from the background engine
  'notice.alternateHttpError': 'L’autre édition à l’adresse {url} n’a pas pu être chargée (HTTP {status}).',
  'notice.alternateTimeout': 'L’autre édition à l’adresse {url} a mis trop de temps à répondre.',
  'notice.alternateNotHtml': 'L’autre édition à l’adresse {url} n’est pas une page web ({type}).',
  'notice.alternateWrongLanguage': 'L’autre édition à l’adresse {url} est en {found}, et non en {expected}.',
  'notice.alternateNotArticle': 'La page à l’adresse {url} n’est pas un article.',
  'notice.alternateNetworkError': 'L’autre édition à l’adresse {url} est injoignable.',
  'notice.alternateOtherStory': 'La page à l’adresse {url} raconte une autre histoire.',
  'notice.alternatePrivateAddress':
    'L’autre édition à l’adresse {url} n’a pas été chargée : elle se trouve sur un réseau privé ou sur cet ordinateur.',
  'notice.alternateTooLarge': 'L’autre édition à l’adresse {url} est trop volumineuse pour être chargée.',
  'notice.libraryMatch': 'Trouvé dans votre bibliothèque : « {title} ».',
  'notice.pastedEmpty': 'Collez d’abord le texte de l’autre version.',
  'notice.pastedSameLanguage': 'Le texte collé est en {lang}, la même langue que la page.',
  'notice.pastedTooLong': 'Le texte collé est trop long.',
  'notice.storageFull': 'La bibliothèque est pleine : cet article n’a pas été enregistré.',
  'notice.storageFailed': 'Cet article n’a pas pu être enregistré dans votre bibliothèque.',
  'notice.extractionFailed': 'L’article n’a pas pu être lu sur cette page.',
  'notice.pageUnavailable': 'L’extension ne peut pas lire cette page.',
  'notice.machineTranslation':
    'Ceci est une traduction automatique, non humaine : elle peut comporter des erreurs qu’un traducteur ne ferait pas.',
  'notice.alignmentFailed': 'Les deux versions n’ont pas pu être alignées. Réessayez, ou collez l’autre version.',

  // Reader chrome
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
  'reader.machineTranslateOnDevice':
    'Traduit sur cet appareil. Elle sera signalée comme traduction automatique, non humaine.',
  'reader.machineTranslateService':
    'Le texte de l’article est envoyé au service de traduction que vous avez configuré. Elle sera signalée comme traduction automatique, non humaine.',
  'reader.downloadLanguagePack':
    'Votre navigateur doit télécharger un module de langue pour traduire en {lang}. Le télécharger maintenant ?',
  'reader.titles': 'Titres',

  // Counterpart source ([data-testid=counterpart-source])
  'source.label': 'Source',
  'source.alternate': 'L’édition en {lang} de la page elle-même',
  'source.library': 'Un article de votre bibliothèque',
  'source.pasted': 'Texte que vous avez collé',
  'source.translation': 'Traduction automatique, pas une traduction humaine',

  // Pair rows
  'pair.missing': 'Absent de la version en {lang}',
  'pair.uncertain': 'Correspondance incertaine',

  // Paste form
  'paste.title': 'Coller l’autre version',
  'paste.titleReplace': 'Une meilleure version ? Collez-la ici',
  'paste.help': 'Copiez le texte de l’article dans l’autre langue et collez-le ici.',
  'paste.label': 'Texte de l’autre version',
  'paste.submit': 'Aligner avec ce texte',

  // Options page: library
  'library.title': 'Votre bibliothèque',
  'library.intro':
    'Les articles lus sont conservés sur cet ordinateur uniquement, pour qu’une page retrouve plus tard sa contrepartie.',
  'library.storing': 'Enregistrer chaque article que je lis',
  'library.usage': 'Espace utilisé : {size}',
  'library.usageUnknown': 'Espace utilisé : inconnu',
  'library.count': { one: '{count} article', other: '{count} articles' },
  'library.empty': 'Votre bibliothèque est vide.',
  'library.delete': 'Supprimer',
  'library.deleteLabel': 'Supprimer « {title} »',
  'library.clear': 'Supprimer tous les articles',
  'library.clearConfirm': {
    one: 'Supprimer {count} article de votre bibliothèque ? Cette action est irréversible.',
    other: 'Supprimer les {count} articles de votre bibliothèque ? Cette action est irréversible.',
  },
  'library.clearYes': 'Oui, tout supprimer',
  'library.clearNo': 'Annuler',
  'library.saved': 'Enregistré le {date}',
  'library.published': 'Publié le {date}',
  'library.untitled': 'Article sans titre',
  'library.colTitle': 'Article',
  'library.colLanguage': 'Langue',
  'library.colSaved': 'Enregistré',
  'library.colActions': 'Actions',
  'library.storingHelp':
    'Désactivé, rien de nouveau n’est enregistré ; ce qui l’est déjà reste jusqu’à ce que vous le supprimiez.',
  'library.language': 'Langue : {lang}',
  'library.list': 'Articles enregistrés',
  'library.search': 'Rechercher dans la bibliothèque',
  'library.searchPlaceholder': 'Titre, site ou langue',
  'library.searchNone': 'Aucun article ne correspond à « {query} ».',
  'library.searchCount': '{shown} articles affichés sur {count}',
  'library.open': 'Ouvrir « {title} » dans un nouvel onglet',
  'library.transfer': 'Exporter et importer',
  'library.transferHelp':
    'L’export enregistre votre bibliothèque dans un fichier JSON ; l’import d’un tel fichier ajoute ses articles à cette bibliothèque (un article que vous avez déjà n’est remplacé que par une version plus récente).',
  'library.export': 'Exporter la bibliothèque',
  'library.import': 'Importer un fichier de bibliothèque',
  'library.exported': { one: '{count} article exporté.', other: '{count} articles exportés.' },
  'library.exportFailed': 'La bibliothèque n’a pas pu être exportée.',
  'library.importDone':
    '{imported} importés, {skipped} ignorés (déjà dans votre bibliothèque, dans la même version ou une plus récente).',
  'library.importNotJson':
    'Ce fichier n’est pas une bibliothèque Counterpart : ce n’est pas du JSON. Rien n’a été importé.',
  'library.importWrongFormat': 'Ce fichier n’est pas un export de bibliothèque Counterpart. Rien n’a été importé.',
  'library.importNewer':
    'Ce fichier de bibliothèque vient d’une version plus récente de Counterpart (version de format {version} ; celle-ci lit jusqu’à {current}). Mettez Counterpart à jour, puis importez-le de nouveau. Rien n’a été importé.',
  'library.importNotArticle': 'L’article {number} de ce fichier n’est pas un article. Rien n’a été importé.',
  'library.importBadField': 'L’article {number} de ce fichier est endommagé (champ « {field} »). Rien n’a été importé.',
  'library.importQuota':
    'L’espace de stockage ne suffit pas pour cet import. Rien n’a été importé ; votre bibliothèque est restée telle quelle.',
  'library.importFailed': 'L’import a échoué. Rien n’a été importé ; votre bibliothèque est restée telle quelle.',
  'library.damaged': {
    one: '{count} entrée endommagée de votre bibliothèque ne peut être ni affichée ni utilisée.',
    other: '{count} entrées endommagées de votre bibliothèque ne peuvent être ni affichées ni utilisées.',
  },

  // Options page: sentence alignment
  'options.alignmentHeading': 'Alignement des phrases',
  'options.alignWithTranslation':
    'Utiliser la traduction intégrée du navigateur pour améliorer l’alignement des phrases (Chrome seulement ; rien n’est envoyé)',

  // Machine translation: the providers' notices, the options page
  'notice.translationNotConfigured':
    'Aucun service de traduction automatique n’est configuré. Vous pouvez en choisir un dans les options.',
  'notice.translationAuth': 'Le service de traduction a refusé la clé d’API. Vérifiez la clé dans les options.',
  'notice.translationRateLimited': 'Le service de traduction a reçu trop de requêtes. Réessayez dans une minute.',
  'notice.translationQuota': 'Le quota de traduction de votre compte est épuisé.',
  'notice.translationTimeout': 'Le service de traduction a mis trop de temps à répondre.',
  'notice.translationUnavailable':
    'Le service de traduction n’est pas disponible pour le moment (HTTP {status}). Réessayez plus tard.',
  'notice.translationUnreachable': 'Le service de traduction est injoignable.',
  'notice.translationUnsupportedLanguage':
    'Le service de traduction ne sait pas traduire cette paire de langues ({lang}).',
  'notice.translationBadResponse': 'Le service de traduction a envoyé une réponse inutilisable.',
  'notice.translationOnDeviceMissing': 'Ce navigateur n’a pas de traducteur intégré à l’appareil.',
  'notice.translationDownloadNeeded':
    'La traduction sur l’appareil ({lang}) nécessite d’abord le téléchargement d’un pack de langue.',
  'notice.translationOnDeviceFailed': 'Le traducteur de l’appareil n’a pas pu traduire cet article.',
  'translation.title': 'Traduction automatique',
  'translation.intro':
    'Désactivée par défaut. Une traduction automatique est un dernier recours, toujours signalée comme telle : le texte de l’article n’est envoyé au service choisi ici que si aucune traduction humaine n’a été trouvée et que vous demandez une traduction automatique.',
  'translation.provider': 'Service de traduction',
  'translation.none': 'Aucun (désactivé)',
  'translation.chrome': 'Sur cet appareil (le traducteur intégré du navigateur)',
  'translation.chromeMissing': 'Sur cet appareil (indisponible dans ce navigateur)',
  'translation.chromeHelp':
    'Le texte reste sur cet ordinateur. Un pack de langue devra peut-être être téléchargé d’abord ; on vous le demandera avant.',
  'translation.deepl': 'API DeepL, avec votre clé',
  'translation.deeplKey': 'Clé d’API DeepL',
  'translation.deeplHelp':
    'Les clés gratuites se terminent par « :fx ». La clé reste dans ce navigateur et n’est envoyée qu’à DeepL.',
  'translation.libre': 'Serveur LibreTranslate',
  'translation.libreUrl': 'Adresse du serveur',
  'translation.libreKey': 'Clé d’API (facultative)',
  'translation.libreHelp': 'L’adresse d’un serveur LibreTranslate, par exemple https://translate.example.org.',
  'translation.save': 'Enregistrer',
  'translation.saved': 'Enregistré.',
  'translation.errorKey': 'Saisissez votre clé d’API DeepL.',
  'translation.errorUrl': 'Saisissez une adresse de serveur commençant par http:// ou https://.',
  'translation.errorLibreKey': 'Cette clé d’API contient des caractères qu’une clé d’API ne peut pas contenir.',
  'library.importBadUrl':
    'L’article {number} de ce fichier a une adresse qui n’est pas une adresse web (http ou https). Rien n’a été importé.',
  'library.importTooLarge':
    'Ce fichier est trop volumineux pour être importé ({size} ; au plus {max}). Counterpart exporte une grande bibliothèque en plusieurs fichiers d’au plus {max} : importez-les un par un. Rien n’a été importé.',
  'library.importReading': 'Lecture du fichier…',
  'library.importWriting': 'Importation de {count} articles…',
  'library.exportedParts':
    '{count} articles exportés en {parts} fichiers d’au plus {max} chacun (importez-les un par un).',
  'library.pages': 'Pages de la bibliothèque',
  'library.pageRange': 'Articles {from} à {to} sur {count}',
  'library.previous': 'Articles plus récents',
  'library.next': 'Articles plus anciens',
  'library.notWebAddress': 'L’adresse de cet article n’est pas une adresse web : il ne peut pas être ouvert d’ici.',
  'library.rebuild': 'Reconstruire l’index',
  'library.rebuildHelp':
    'Si des articles de votre bibliothèque ne sont plus trouvés comme équivalents, reconstruisez l’index à partir des articles enregistrés. Aucun article n’est modifié ni supprimé.',
  'library.rebuilt': 'L’index a été reconstruit à partir de {count} articles.',
  'library.rebuildFailed': 'L’index n’a pas pu être reconstruit. Vos articles sont inchangés.',
  'notice.storageRateLimited':
    'Cet article n’a pas été enregistré dans votre bibliothèque : ce site a ajouté plus de {count} nouveaux articles au cours de la dernière minute.',
  'translation.errorInsecure':
    'Cette adresse commence par http:// : votre clé et le texte de l’article circuleraient sans chiffrement. Saisissez son adresse https:// (http:// n’est accepté que pour un serveur sur cet ordinateur : localhost, 127.0.0.1, [::1]).',
  'translation.storedInsecure':
    'Le serveur enregistré {url} n’est pas utilisé : son adresse commence par http:// et il n’est pas sur cet ordinateur, votre clé et le texte de l’article circuleraient donc sans chiffrement. Saisissez son adresse https:// et enregistrez.',
  'translation.errorSave': 'Le réglage n’a pas pu être enregistré ; le précédent est conservé. Réessayez.',
  'notice.translationInsecureServer':
    'Rien n’a été envoyé : l’adresse du serveur de traduction commence par http://, votre clé et le texte circuleraient donc sans chiffrement. Indiquez son adresse https:// dans les options.',
  'notice.alignmentPartial':
    'Seules les {count} premières phrases de chaque version ont été alignées ; les autres sont affichées sans correspondance.',
};
