import { catalogueOf } from '../../ui/i18n/catalogue';
import { notifyMessages } from './messages';

export const notifyCatalogue = catalogueOf(notifyMessages, {
  de: {
    heading: 'E-Mail-Benachrichtigung',
    prepare: 'E-Mail-Benachrichtigung vorbereiten…',
    closedWithPass:
      'Die Benachrichtigung enthielt den Pass und wurde deshalb mit dem Pass geschlossen. Zeigen Sie den Pass an, um sie erneut vorzubereiten.',

    language: 'Sprache',
    languageOption: '{language} ({tag})',
    sourcePreferredLanguage: 'Anhand der bevorzugten Sprache der Person gewählt.',
    sourceUsageLocation: 'Anhand des Nutzungsstandorts der Person gewählt.',
    sourceTenantDefault: 'Die Standardsprache des Mandanten.',
    sourceFallback: 'Keine Vorlage entspricht der Sprache der Person; die erste wird verwendet.',
    sourceChosen: 'Von Ihnen gewählt.',

    recipients: 'Empfänger',
    viaSignInName: 'Es ist keine E-Mail-Adresse festgelegt; stattdessen wird der Anmeldename verwendet.',
    manager: 'Vorgesetzter',
    managerMailbox: 'Vorgesetzter: {mailbox}',
    managerNotSet: 'Für {name} ist in Entra ID kein Vorgesetzter festgelegt.',
    managerNotReadable: 'Ihre Rolle kann in diesem Mandanten keine Vorgesetzten lesen.',
    copyTo: 'Kopie an (CC)',
    copyToInvalid: 'Geben Sie E-Mail-Adressen durch Kommas getrennt ein',

    containsPass: 'Diese E-Mail enthält den Pass. Jeder, der sie lesen kann, kann sich als {name} anmelden.',
    noRecipient: 'Wählen Sie mindestens einen Empfänger aus.',
    passToOwnMailbox: 'Diese Nachricht enthält den Pass und kann daher nicht an das eigene Postfach von {name} ({address}) gesendet werden.',
    passNotOnScreen: 'Der Pass wird nicht mehr angezeigt und kann daher nicht in die Nachricht übernommen werden.',
    passForbiddenInMail:
      'Die Vorlage enthält den Pass, den die Einstellungen dieses Mandanten in E-Mails nicht zulassen. Entfernen Sie ihn in den Mandanteneinstellungen aus der Vorlage.',
    otherAddressesUnreadable:
      'Die weiteren E-Mail-Adressen von {name} konnten nicht gelesen werden. Eine E-Mail mit dem Pass kann daher nicht sicher gesendet werden.',

    previewTitle: 'Die Benachrichtigung genau so, wie sie gesendet wird',
    fromYou: 'Von: {address} (Sie)',
    fromSharedMailbox: 'Von: {address} (freigegebenes Postfach)',
    to: 'An: {recipients}',
    cc: 'Cc: {recipients}',

    grantAndSend: 'Berechtigung erteilen und senden',
    waitingForBrowser: 'Warten auf den Browser…',
    tryAgain: 'Erneut versuchen',
    prepareAgain: 'Benachrichtigung erneut vorbereiten',
    send: 'Benachrichtigung senden',
    accepted: 'Von Exchange Online angenommen am {time}',
    acceptedFor:
      'An {recipients}. Microsoft Graph bestätigt die Annahme, nicht die Zustellung: Wenn die Nachricht nicht ankommt, prüfen Sie die Nachrichtenablaufverfolgung.',

    announceNotSent: 'Nicht gesendet. {problem}',
    announceAccepted: 'Benachrichtigung zur Zustellung an {recipients} angenommen.',
  },
  fr: {
    heading: 'Notification par e-mail',
    prepare: 'Préparer la notification par e-mail…',
    closedWithPass: 'La notification contenait le passe ; elle a donc été fermée avec lui. Affichez le passe pour la préparer de nouveau.',

    language: 'Langue',
    languageOption: '{language} ({tag})',
    sourcePreferredLanguage: 'Choisie d’après la langue préférée de la personne.',
    sourceUsageLocation: 'Choisie d’après l’emplacement d’utilisation de la personne.',
    sourceTenantDefault: 'La langue par défaut du locataire.',
    sourceFallback: 'Aucun modèle ne correspond à la langue de la personne ; le premier est utilisé.',
    sourceChosen: 'Choisie par vous.',

    recipients: 'Destinataires',
    viaSignInName: 'Aucune adresse e-mail n’est définie ; son nom de connexion est utilisé à la place.',
    manager: 'Responsable',
    managerMailbox: 'Responsable : {mailbox}',
    managerNotSet: 'Aucun responsable n’est défini pour {name} dans Entra ID.',
    managerNotReadable: 'Votre rôle ne permet pas de lire les responsables dans ce locataire.',
    copyTo: 'Copie à (Cc)',
    copyToInvalid: 'Entrez des adresses e-mail séparées par des virgules',

    containsPass: 'Ce message contient le passe. Toute personne qui peut le lire peut se connecter en tant que {name}.',
    noRecipient: 'Choisissez au moins un destinataire.',
    passToOwnMailbox: 'Ce message contient le passe ; il ne peut donc pas être envoyé à la boîte aux lettres de {name} ({address}).',
    passNotOnScreen: 'Le passe n’est plus affiché ; il ne peut donc pas être inclus dans le message.',
    passForbiddenInMail:
      'Le modèle contient le passe, que les paramètres de ce locataire n’autorisent pas dans les e-mails. Retirez-le du modèle dans les paramètres du locataire.',
    otherAddressesUnreadable:
      'Les autres adresses e-mail de {name} n’ont pas pu être lues ; un message contenant le passe ne peut donc pas être envoyé en toute sécurité.',

    previewTitle: 'La notification telle qu’elle sera envoyée',
    fromYou: 'De : {address} (vous)',
    fromSharedMailbox: 'De : {address} (boîte aux lettres partagée)',
    to: 'À : {recipients}',
    cc: 'Cc : {recipients}',

    grantAndSend: 'Accorder l’autorisation et envoyer',
    waitingForBrowser: 'En attente du navigateur…',
    tryAgain: 'Réessayer',
    prepareAgain: 'Préparer de nouveau la notification',
    send: 'Envoyer la notification',
    accepted: 'Accepté par Exchange Online le {time}',
    acceptedFor:
      'Pour {recipients}. Microsoft Graph confirme l’acceptation, pas la remise : si le message n’arrive pas, consultez le suivi des messages.',

    announceNotSent: 'Non envoyé. {problem}',
    announceAccepted: 'Notification acceptée pour remise à {recipients}.',
  },
});
