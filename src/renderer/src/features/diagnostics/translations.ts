import { catalogueOf } from '../../ui/i18n/catalogue';
import { diagnosticsMessages } from './messages';

export const diagnosticsCatalogue = catalogueOf(diagnosticsMessages, {
  de: {
    help: 'Hilfe',
    copy: 'Diagnosedaten für den Service Desk kopieren',
    copiedTitle: 'Diagnosedaten kopiert',
    copiedText:
      'Fügen Sie sie in Ihre Nachricht an den Service Desk ein. Sie enthalten die Version, Ihre Mandantenprofile, die erteilten Berechtigungen und {failures, plural, =0 {keine aktuellen Probleme} one {das letzte Problem mit seiner Anforderungs-ID} other {die letzten # Probleme mit ihren Anforderungs-IDs}}. Sie enthalten nie einen Zugriffspass oder ein Token.',
    logFile: 'Protokolldatei von TAP Desk:',
    noLogFile: 'Dieser Arbeitsplatz führt keine Protokolldatei.',
    notCopiedTitle: 'Die Diagnosedaten wurden nicht kopiert',
    close: 'Schließen',
  },
  fr: {
    help: 'Aide',
    copy: 'Copier les diagnostics pour le support',
    copiedTitle: 'Diagnostics copiés',
    copiedText:
      'Collez-les dans votre message au support. Ils contiennent la version, vos profils de locataire, les autorisations accordées et {failures, plural, =0 {aucun problème récent} one {le dernier problème avec son ID de requête} other {les # derniers problèmes avec leurs ID de requête}}. Ils ne contiennent jamais de passe ni de jeton.',
    logFile: 'Fichier journal de TAP Desk :',
    noLogFile: 'Ce poste ne tient pas de fichier journal.',
    notCopiedTitle: 'Les diagnostics n’ont pas été copiés',
    close: 'Fermer',
  },
});
