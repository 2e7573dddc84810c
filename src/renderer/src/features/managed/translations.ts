import { catalogueOf } from '../../ui/i18n/catalogue';
import { managedMessages } from './messages';

export const managedCatalogue = catalogueOf(managedMessages, {
  de: {
    problemTitle: 'Die Einstellungen Ihrer Organisation für TAP Desk konnten nicht verwendet werden',
    problemIntro:
      'TAP Desk wurde ohne sie gestartet, daher gelten keine der Profile oder festgelegten Einstellungen aus {file}. Bitten Sie Ihre IT-Abteilung, die Datei zu korrigieren.',
    unreadable: 'Die Datei konnte nicht gelesen werden.',
    tooLarge: 'Die Datei ist größer als {size} KB.',
    notJson: 'Die Datei enthält kein gültiges JSON.',
    notJsonAt: 'Die Datei enthält kein gültiges JSON: Sehen Sie in der Nähe von Zeile {line}, Spalte {column} nach.',
    unsupportedVersion:
      'Die Datei gibt Version {version} an; dieses TAP Desk liest Version {supported}. Aktualisieren Sie TAP Desk, oder schreiben Sie die Datei für Version {supported}.',
    invalid: 'Diese Einträge der Datei entsprechen nicht dem, was TAP Desk erwartet:',
    issueRequired: 'fehlt.',
    issueWrongType:
      'muss {expected, select, string {Text} number {eine Zahl} boolean {true oder false} array {eine Liste in eckigen Klammern} object {ein Objekt in geschweiften Klammern} other {vom Typ {expected}}} sein.',
    issueUnknownKey: 'ist keine Einstellung, die TAP Desk kennt: Prüfen Sie die Schreibweise und die Stelle in der Datei.',
    issueTooSmall:
      '{origin, select, string {muss mindestens {limit, plural, one {# Zeichen} other {# Zeichen}} haben} array {muss mindestens {limit, plural, one {# Eintrag} other {# Einträge}} haben} other {muss mindestens {limit} sein}}.',
    issueTooBig:
      '{origin, select, string {darf höchstens {limit, plural, one {# Zeichen} other {# Zeichen}} haben} array {darf höchstens {limit, plural, one {# Eintrag} other {# Einträge}} haben} other {darf höchstens {limit} sein}}.',
    issueNotAllowed: 'muss einer dieser Werte sein: {values}.',
    issueInvalidFormat: '{format, select, guid {muss eine GUID wie 00000000-0000-0000-0000-000000000000 sein} other {ist nicht so geschrieben, wie TAP Desk es erwartet}}.',
    issueDuplicateId: 'verwendet die ID {id}, die bereits ein anderes Profil in der Datei hat.',
    issueReservedId: 'verwendet die ID {id}, die für den integrierten Demomandanten reserviert ist.',
    issueInvalid: 'ist kein gültiger Wert.',
    moreIssues: '{count, plural, one {Dazu # weiteres Problem.} other {Dazu # weitere Probleme.}}',
    demoRefused:
      'Ihre Organisation hat den Demomodus deaktiviert ({file}), daher wurde TAP Desk mit Ihren Mandanten statt mit dem integrierten Demomandanten gestartet.',
    dismiss: 'Schließen',
  },
  fr: {
    problemTitle: 'Les paramètres de votre organisation pour TAP Desk n’ont pas pu être utilisés',
    problemIntro:
      'TAP Desk a démarré sans eux : aucun des profils ni des paramètres verrouillés de {file} ne s’applique. Demandez à votre service informatique de corriger le fichier.',
    unreadable: 'Le fichier n’a pas pu être lu.',
    tooLarge: 'Le fichier dépasse {size} Ko.',
    notJson: 'Le fichier n’est pas un JSON valide.',
    notJsonAt: 'Le fichier n’est pas un JSON valide : regardez près de la ligne {line}, colonne {column}.',
    unsupportedVersion:
      'Le fichier indique la version {version} ; ce TAP Desk lit la version {supported}. Mettez TAP Desk à jour ou écrivez le fichier pour la version {supported}.',
    invalid: 'Ces entrées du fichier ne correspondent pas à ce qu’attend TAP Desk :',
    issueRequired: 'est manquant.',
    issueWrongType:
      'doit être {expected, select, string {du texte} number {un nombre} boolean {true ou false} array {une liste entre crochets} object {un objet entre accolades} other {de type {expected}}}.',
    issueUnknownKey: 'n’est pas un paramètre connu de TAP Desk : vérifiez son orthographe et son emplacement.',
    issueTooSmall:
      '{origin, select, string {doit comporter au moins {limit, plural, one {# caractère} other {# caractères}}} array {doit comporter au moins {limit, plural, one {# entrée} other {# entrées}}} other {doit valoir au moins {limit}}}.',
    issueTooBig:
      '{origin, select, string {peut comporter au plus {limit, plural, one {# caractère} other {# caractères}}} array {peut comporter au plus {limit, plural, one {# entrée} other {# entrées}}} other {peut valoir au plus {limit}}}.',
    issueNotAllowed: 'doit être l’une de ces valeurs : {values}.',
    issueInvalidFormat: '{format, select, guid {doit être un GUID comme 00000000-0000-0000-0000-000000000000} other {n’est pas écrit comme l’attend TAP Desk}}.',
    issueDuplicateId: 'utilise l’ID {id}, déjà pris par un autre profil du fichier.',
    issueReservedId: 'utilise l’ID {id}, réservé au locataire de démonstration intégré.',
    issueInvalid: 'n’est pas une valeur valide.',
    moreIssues: '{count, plural, one {Et # autre problème.} other {Et # autres problèmes.}}',
    demoRefused:
      'Votre organisation a désactivé le mode démo ({file}) : TAP Desk a donc démarré avec vos locataires au lieu du locataire de démonstration intégré.',
    dismiss: 'Fermer',
  },
});
