import { catalogueOf } from '../../../ui/i18n/catalogue';
import { sourceMessages } from './messages';

export const sourceCatalogue = catalogueOf(sourceMessages, {
  de: {
    title: 'Wer einen Zugriffspass erhält',
    ways: 'Woher die Personen kommen',
    tabFile: 'Datei',
    tabPaste: 'Einfügen',
    tabHires: 'Eintrittsdaten',

    chooseFile: 'Datei auswählen…',
    fileInput: 'Personenliste (CSV- oder Textdatei)',
    fileHint:
      'Eine CSV- oder Textdatei aus Excel oder der Personalabteilung, eine Person pro Zeile, mit Anmeldename, E-Mail-Adresse oder Personalnummer. Komma, Semikolon, Tabulator und senkrechter Strich werden als Trennzeichen erkannt.',
    fileRead: 'Gelesen aus {name}.',
    fileUnreadable: 'Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut aus, oder speichern Sie sie zuerst in Excel als CSV.',
    fileTooLarge: 'Die Datei ist größer als {size} MB und damit weit größer als eine Liste von 1.000 Personen. Wählen Sie die Liste selbst aus.',

    pasteLabel: 'Aus Excel oder Google Sheets kopierte Zeilen',
    pasteHint: 'Fügen Sie die Zeilen ein, mit Kopfzeile, falls vorhanden. Strg+Eingabe liest sie ein.',
    readPaste: 'Zeilen einlesen',

    hiresFrom: 'Eintritt ab',
    hiresTo: 'Eintritt bis',
    thisWeek: 'Diese Woche',
    nextSevenDays: 'Nächste 7 Tage',
    findHires: 'Personen mit Eintritt in diesem Zeitraum suchen',
    chooseDay: 'Wählen Sie einen Tag.',
    rangeReversed: 'Der letzte Tag liegt vor dem ersten.',
    hiresLoading: 'Personen mit Eintritt in diesem Zeitraum werden gesucht…',
    hiresFound:
      '{count, plural, =0 {Niemand hat ein Eintrittsdatum vom {from} bis {to}.} one {# Person hat ein Eintrittsdatum vom {from} bis {to}.} other {# Personen haben ein Eintrittsdatum vom {from} bis {to}.}}',
    hiresMore:
      'In diesem Zeitraum sind mehr Personen eingetreten, als ein Stapel aufnehmen kann: Nur die ersten {max, number} sind aufgeführt. Wählen Sie für die übrigen einen kürzeren Zeitraum.',
    hiredOn: 'Eintritt am {date}',
    noHireDate: 'Kein Eintrittsdatum',
    hiresLabel: 'Personen mit Eintritt in diesem Zeitraum',
    morePeople: '{count, plural, one {und # weitere Person} other {und # weitere Personen}}',

    previewLabel: 'Die ersten Zeilen der Liste, mit dem Inhalt jeder Spalte',
    lineColumn: 'Zeile',
    columnHolds: 'Inhalt der Spalte {column}',
    noHeader: 'Die Liste hat keine Kopfzeile: Der Inhalt der Spalten wurde anhand ihrer Werte erkannt. Korrigieren Sie ihn über jeder Spalte.',
    moreRows: '{count, plural, one {und # weitere Zeile} other {und # weitere Zeilen}}',
    targetUserPrincipalName: 'Anmeldename',
    targetMail: 'E-Mail',
    targetEmployeeId: 'Personalnummer',
    targetLifetime: 'Gültigkeitsdauer',
    targetStart: 'Beginn',
    targetOneTime: 'Einmalig',
    targetLanguage: 'Sprache',
    targetNotifyManager: 'Vorgesetzte benachrichtigen',
    targetIgnore: 'Ignorieren',

    peopleFound: '{count, plural, =0 {In der Liste wurde niemand gefunden.} one {# Person in der Liste gefunden.} other {# Personen in der Liste gefunden.}}',
    problemsHeading: '{count, plural, one {# Problem in der Liste} other {# Probleme in der Liste}}',
    moreProblems: '{count, plural, one {# weiteres Problem wird nicht angezeigt.} other {# weitere Probleme werden nicht angezeigt.}}',
    effectRow: 'Diese Zeile wird ausgelassen.',
    effectOption: 'Stattdessen gilt die Auswahl des Stapels.',
    problemNoRows: 'Die Liste enthält keine Zeilen.',
    problemTooManyRows: 'Die Liste hat {count, number} Zeilen, ein Stapel fasst aber höchstens {max, number}. Teilen Sie sie in kleinere Listen auf.',
    problemNoKeyColumn: 'Keine Spalte enthält einen Anmeldenamen, eine E-Mail-Adresse oder eine Personalnummer. Wählen Sie eine über ihrer Spalte aus.',
    problemUnclosedQuote:
      'Zeile {line}: Ein Anführungszeichen öffnet eine Zelle und wird nie geschlossen, daher konnte der Text danach nicht als Zeilen gelesen werden.',
    problemMalformedQuote: 'Zeile {line}: Auf ein schließendes Anführungszeichen folgt weiterer Text.',
    problemNoKey: 'Zeile {line}: kein Anmeldename, keine E-Mail-Adresse und keine Personalnummer.',
    problemBadKey:
      '{field, select, employeeId {Zeile {line}: Die Personalnummer „{value}“ ist länger, als das Verzeichnis speichert (16 Zeichen).} other {Zeile {line}: „{value}“ ist weder ein Anmeldename noch eine E-Mail-Adresse.}}',
    problemDuplicateKey: 'Zeile {line}: „{value}“ steht bereits in Zeile {firstLine}.',
    problemBadLifetime: 'Zeile {line}: Die Gültigkeitsdauer „{value}“ ist keine Anzahl Minuten (oder Stunden wie 8h, oder Tage wie 1d).',
    problemLifetimeOutOfRange: 'Zeile {line}: Die Gültigkeitsdauer „{value}“ liegt außerhalb dessen, was der Dienst zulässt ({range}).',
    problemBadStart: 'Zeile {line}: Der Beginn „{value}“ ist weder ein Datum noch ein Datum mit Uhrzeit.',
    problemAmbiguousStart: 'Zeile {line}: Beim Beginn „{value}“ kann sowohl der Tag als auch der Monat zuerst stehen. Schreiben Sie ihn als {example}.',
    problemBadBoolean:
      '{field, select, isUsableOnce {Zeile {line}: „{value}“ bei „Einmalig“ ist weder Ja noch Nein.} other {Zeile {line}: „{value}“ bei „Vorgesetzte benachrichtigen“ ist weder Ja noch Nein.}}',
    problemBadLanguage: 'Zeile {line}: Die Sprache „{value}“ ist kein Sprachcode wie de oder pt-BR.',

    check: '{count, plural, =0 {Niemand zu prüfen} one {# Person prüfen} other {# Personen prüfen}}',
  },
  fr: {
    title: 'Qui reçoit un passe',
    ways: 'D’où viennent les personnes',
    tabFile: 'Fichier',
    tabPaste: 'Coller',
    tabHires: 'Dates d’embauche',

    chooseFile: 'Choisir un fichier…',
    fileInput: 'Liste de personnes (fichier CSV ou texte)',
    fileHint:
      'Un fichier CSV ou texte issu d’Excel ou des RH, une personne par ligne, avec un nom de connexion, une adresse e-mail ou un matricule. Virgules, points-virgules, tabulations et barres verticales sont reconnus comme séparateurs.',
    fileRead: 'Lu depuis {name}.',
    fileUnreadable: 'Le fichier n’a pas pu être lu. Choisissez-le de nouveau, ou enregistrez-le d’abord au format CSV depuis Excel.',
    fileTooLarge: 'Le fichier dépasse {size} Mo, bien plus qu’une liste de 1 000 personnes. Choisissez la liste elle-même.',

    pasteLabel: 'Lignes copiées depuis Excel ou Google Sheets',
    pasteHint: 'Collez les lignes, avec leur ligne d’en-tête si elles en ont une. Ctrl+Entrée les lit.',
    readPaste: 'Lire les lignes',

    hiresFrom: 'Embauché à partir du',
    hiresTo: 'Embauché jusqu’au',
    thisWeek: 'Cette semaine',
    nextSevenDays: '7 prochains jours',
    findHires: 'Rechercher les personnes embauchées sur cette période',
    chooseDay: 'Choisissez un jour.',
    rangeReversed: 'Le dernier jour précède le premier.',
    hiresLoading: 'Recherche des personnes embauchées sur cette période…',
    hiresFound:
      '{count, plural, =0 {Personne n’a de date d’embauche du {from} au {to}.} one {# personne a une date d’embauche du {from} au {to}.} other {# personnes ont une date d’embauche du {from} au {to}.}}',
    hiresMore:
      'Plus de personnes ont été embauchées sur cette période qu’un lot ne peut en contenir : seules les {max, number} premières sont listées. Choisissez une période plus courte pour les autres.',
    hiredOn: 'Embauche le {date}',
    noHireDate: 'Aucune date d’embauche',
    hiresLabel: 'Personnes embauchées sur cette période',
    morePeople: '{count, plural, one {et # autre personne} other {et # autres personnes}}',

    previewLabel: 'Les premières lignes de la liste, avec le contenu de chaque colonne',
    lineColumn: 'Ligne',
    columnHolds: 'Contenu de la colonne {column}',
    noHeader: 'La liste n’a pas de ligne d’en-tête : le contenu des colonnes a été deviné d’après leurs valeurs. Corrigez-le au-dessus de chaque colonne.',
    moreRows: '{count, plural, one {et # autre ligne} other {et # autres lignes}}',
    targetUserPrincipalName: 'Nom de connexion',
    targetMail: 'E-mail',
    targetEmployeeId: 'Matricule',
    targetLifetime: 'Durée de validité',
    targetStart: 'Début',
    targetOneTime: 'Usage unique',
    targetLanguage: 'Langue',
    targetNotifyManager: 'Prévenir le responsable',
    targetIgnore: 'Ignorer',

    peopleFound: '{count, plural, =0 {Personne n’a été trouvé dans la liste.} one {# personne trouvée dans la liste.} other {# personnes trouvées dans la liste.}}',
    problemsHeading: '{count, plural, one {# problème dans la liste} other {# problèmes dans la liste}}',
    moreProblems: '{count, plural, one {# autre problème n’est pas affiché.} other {# autres problèmes ne sont pas affichés.}}',
    effectRow: 'Cette ligne est écartée.',
    effectOption: 'Le choix du lot s’applique à la place.',
    problemNoRows: 'La liste ne contient aucune ligne.',
    problemTooManyRows: 'La liste compte {count, number} lignes, mais un lot en contient au plus {max, number}. Divisez-la en listes plus petites.',
    problemNoKeyColumn: 'Aucune colonne ne contient de nom de connexion, d’adresse e-mail ou de matricule. Choisissez-en une au-dessus de sa colonne.',
    problemUnclosedQuote:
      'Ligne {line} : un guillemet ouvre une cellule sans jamais la fermer, le texte qui suit n’a donc pas pu être lu en lignes.',
    problemMalformedQuote: 'Ligne {line} : du texte suit un guillemet fermant.',
    problemNoKey: 'Ligne {line} : ni nom de connexion, ni adresse e-mail, ni matricule.',
    problemBadKey:
      '{field, select, employeeId {Ligne {line} : le matricule « {value} » est plus long que ce que l’annuaire conserve (16 caractères).} other {Ligne {line} : « {value} » n’est ni un nom de connexion ni une adresse e-mail.}}',
    problemDuplicateKey: 'Ligne {line} : « {value} » figure déjà à la ligne {firstLine}.',
    problemBadLifetime: 'Ligne {line} : la durée de validité « {value} » n’est pas un nombre de minutes (ou d’heures comme 8h, ou de jours comme 1j).',
    problemLifetimeOutOfRange: 'Ligne {line} : la durée de validité « {value} » sort de ce que le service autorise ({range}).',
    problemBadStart: 'Ligne {line} : le début « {value} » n’est ni une date ni une date avec heure.',
    problemAmbiguousStart: 'Ligne {line} : le début « {value} » peut se lire avec le jour ou le mois en premier. Écrivez-le sous la forme {example}.',
    problemBadBoolean:
      '{field, select, isUsableOnce {Ligne {line} : « {value} » pour « Usage unique » n’est ni oui ni non.} other {Ligne {line} : « {value} » pour « Prévenir le responsable » n’est ni oui ni non.}}',
    problemBadLanguage: 'Ligne {line} : la langue « {value} » n’est pas un code de langue comme de ou pt-BR.',

    check: '{count, plural, =0 {Personne à vérifier} one {Vérifier # personne} other {Vérifier # personnes}}',
  },
});
