import { catalogueOf } from '../../ui/i18n/catalogue';
import { callsMessages } from './messages';

export const callsCatalogue = catalogueOf(callsMessages, {
  de: {
    throttled:
      'Microsoft hat TAP Desk gebeten, {seconds} s zu warten, bevor {what, select, search {die Verzeichnissuche} person {das Lesen der Personendaten} create {das Erstellen des Passes} revoke {das Widerrufen des Passes} status {die Prüfung des Passes} notice {die Vorbereitung der Benachrichtigung} send {das Senden der Benachrichtigung} other {der Vorgang}} erneut versucht wird.',
    retrying:
      'Microsoft Graph hat nicht richtig geantwortet; TAP Desk versucht es in {seconds} s erneut ({what, select, search {Verzeichnissuche} person {Personendaten lesen} create {Pass erstellen} revoke {Pass widerrufen} status {Pass prüfen} notice {Benachrichtigung vorbereiten} send {Benachrichtigung senden} other {Warten}}).',
    slow: 'Warten auf Microsoft Graph: {what, select, search {Verzeichnissuche} person {Personendaten werden gelesen} create {Pass wird erstellt} revoke {Pass wird widerrufen} status {Pass wird geprüft} notice {Benachrichtigung wird vorbereitet} send {Benachrichtigung wird gesendet} other {Antwort steht aus}} ({seconds} s).',
    stop: 'Nicht mehr warten',
    region: 'Warten auf Microsoft',
  },
  fr: {
    throttled:
      'Microsoft a demandé à TAP Desk d’attendre {seconds} s avant de {what, select, search {relancer la recherche dans l’annuaire} person {relire les informations de la personne} create {relancer la création du passe} revoke {relancer la révocation du passe} status {revérifier le passe} notice {relancer la préparation de la notification} send {relancer l’envoi de la notification} other {continuer}}.',
    retrying:
      'Microsoft Graph n’a pas répondu correctement ; TAP Desk réessaie dans {seconds} s ({what, select, search {recherche dans l’annuaire} person {lecture des informations de la personne} create {création du passe} revoke {révocation du passe} status {vérification du passe} notice {préparation de la notification} send {envoi de la notification} other {attente}}).',
    slow: 'En attente de Microsoft Graph : {what, select, search {recherche dans l’annuaire} person {lecture des informations de la personne} create {création du passe} revoke {révocation du passe} status {vérification du passe} notice {préparation de la notification} send {envoi de la notification} other {réponse attendue}} ({seconds} s).',
    stop: 'Ne plus attendre',
    region: 'Attente de Microsoft',
  },
});
