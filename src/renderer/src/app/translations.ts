import { catalogueOf } from '../ui/i18n/catalogue';
import { appMessages } from './messages';

export const appCatalogue = catalogueOf(appMessages, {
  de: {
    starting: 'TAP Desk wird gestartet…',
    tryAgain: 'Erneut versuchen',
    demoTenant: 'Demo-Mandant',
    backTo: 'Zurück zu {name}',
    person: 'Person',
    personHint: 'Geben Sie einen Namen ein, drücken Sie die Eingabetaste und dann noch einmal, um den Pass zu erstellen.',
    checking: '{name} wird geprüft…',
    switchAccount: 'Konto wechseln',
    tenantSettings: 'Mandanteneinstellungen',
    addAccount: 'Konto hinzufügen',
    signOut: 'Abmelden',
    unknownTenant: 'Unbekannter Mandant',
    accountMenuItem: '{name} · {username} · {tenant}',
  },
  fr: {
    starting: 'Démarrage de TAP Desk…',
    tryAgain: 'Réessayer',
    demoTenant: 'Locataire de démonstration',
    backTo: 'Revenir à {name}',
    person: 'Personne',
    personHint: 'Tapez un nom, appuyez sur Entrée, puis de nouveau sur Entrée pour créer le passe.',
    checking: 'Vérification de {name}…',
    switchAccount: 'Changer de compte',
    tenantSettings: 'Paramètres du locataire',
    addAccount: 'Ajouter un compte',
    signOut: 'Se déconnecter',
    unknownTenant: 'Locataire inconnu',
    accountMenuItem: '{name} · {username} · {tenant}',
  },
});
