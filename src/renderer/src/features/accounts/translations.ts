import { catalogueOf } from '../../ui/i18n/catalogue';
import { accountsMessages } from './messages';

export const accountsCatalogue = catalogueOf(accountsMessages, {
  de: {
    signedInAccounts: 'Angemeldete Konten',
    unknownTenant: 'Unbekannter Mandant',
    continue: 'Weiter',
    continueAs: 'Als {name} fortfahren ({tenant})',

    tenants: 'Mandanten',
    noProfiles: 'Noch keine Mandantenprofile. Fügen Sie den Mandanten hinzu, in dem Sie arbeiten, um sich anzumelden.',
    tenantProfile: 'Mandantenprofil',
    finishInBrowser: 'Schließen Sie die Anmeldung in Ihrem Browser ab…',
    cancel: 'Abbrechen',
    signIn: 'Anmelden',
    settings: 'Einstellungen',
    settingsFor: 'Einstellungen für {profile}',
    removeProfile: 'Profil entfernen',
    removeProfileNamed: 'Profil entfernen: {profile}',
    providedByOrganisation: 'Von Ihrer Organisation bereitgestellt',

    newProfile: 'Neues Mandantenprofil',
    profileName: 'Profilname',
    profileNamePlaceholder: 'Contoso',
    cloud: 'Cloud',
    cloudGlobal: 'Global (Microsoft Entra ID)',
    cloudUsGov: 'US Government L4 (GCC High)',
    cloudUsGovDod: 'US Government L5 (DoD)',
    cloudChina: 'China (betrieben von 21Vianet)',
    cloudEmulator: 'Integrierter Emulator (Demomandant)',
    noPassApi:
      'Microsoft Graph bietet in dieser Cloud keinen befristeten Zugriffspass an: Sie können sich anmelden und Personen suchen, aber keine Pässe ausstellen.',
    tenant: 'Mandanten-ID oder Domäne',
    tenantHint: 'Die Verzeichnis-ID (Mandanten-ID) oder eine überprüfte Domäne.',
    tenantPlaceholder: 'contoso.onmicrosoft.com',
    clientId: 'Anwendungs-ID (Client)',
    clientIdHint: 'Aus der App-Registrierung des Mandanten: ein öffentlicher Client mit dem Umleitungs-URI http://127.0.0.1.',
    addProfile: 'Mandantenprofil hinzufügen',

    profileNameMissing: 'Geben Sie einen Namen für das Profil ein',
    profileNameTooLong: 'Der Profilname darf höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} lang sein',
    cloudMissing: 'Wählen Sie eine Cloud aus',
    tenantMissing: 'Geben Sie die Mandanten-ID oder eine überprüfte Domäne ein',
    tenantTooLong: 'Eine Mandanten-ID oder Domäne darf höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} lang sein',
    tenantInvalid: 'Ein Mandant ist eine GUID oder eine Domäne wie contoso.onmicrosoft.com',
    clientIdInvalid: 'Die Anwendungs-ID (Client) ist eine GUID',

    signedInAs: 'Angemeldet als {name}.',
    profileSaved: 'Mandantenprofil {profile} gespeichert.',
    profileRemoved: 'Mandantenprofil entfernt.',
    signedOut: '{name} wurde abgemeldet.',

    deskRolePrivileged:
      'Sie haben die Rolle „Administrator für privilegierte Authentifizierung“: Sie können Zugriffspässe für alle Personen ausstellen, auch für Administratoren.',
    deskRoleAuthentication: 'Sie haben die Rolle „Authentifizierungsadministrator“: Sie können Zugriffspässe für Personen ohne Administratorrolle ausstellen.',
    deskRoleHelpdesk:
      'Sie haben die Rolle „Helpdeskadministrator“: Sie können Kennwörter zurücksetzen, mit dieser Rolle aber keine befristeten Zugriffspässe ausstellen.',
    deskRoleNone: 'Ihr Konto hat keine Rolle, mit der sich befristete Zugriffspässe ausstellen lassen.',
    deskPolicyUnreadable:
      'Mit dieser Rolle ist die Zugriffspass-Richtlinie des Mandanten nicht lesbar; ihre Grenzen werden daher erst beim Erstellen eines Passes geprüft.',
    deskAskPrivileged: 'Für Administratoren wenden Sie sich an einen Administrator für privilegierte Authentifizierung.',
    deskAskAuthenticationRole: 'Fordern Sie die Rolle „Authentifizierungsadministrator“ an.',
    deskNoteClose: 'Hinweis zu Ihrer Rolle schließen',
  },
  fr: {
    signedInAccounts: 'Comptes connectés',
    unknownTenant: 'Locataire inconnu',
    continue: 'Continuer',
    continueAs: 'Continuer en tant que {name} ({tenant})',

    tenants: 'Locataires',
    noProfiles: 'Aucun profil de locataire pour l’instant. Ajoutez le locataire dans lequel vous travaillez pour vous connecter.',
    tenantProfile: 'Profil de locataire',
    finishInBrowser: 'Terminez la connexion dans votre navigateur…',
    cancel: 'Annuler',
    signIn: 'Se connecter',
    settings: 'Paramètres',
    settingsFor: 'Paramètres de {profile}',
    removeProfile: 'Supprimer le profil',
    removeProfileNamed: 'Supprimer le profil {profile}',
    providedByOrganisation: 'Fourni par votre organisation',

    newProfile: 'Nouveau profil de locataire',
    profileName: 'Nom du profil',
    profileNamePlaceholder: 'Contoso',
    cloud: 'Cloud',
    cloudGlobal: 'Global (Microsoft Entra ID)',
    cloudUsGov: 'US Government L4 (GCC High)',
    cloudUsGovDod: 'US Government L5 (DoD)',
    cloudChina: 'Chine (exploité par 21Vianet)',
    cloudEmulator: 'Émulateur intégré (locataire de démonstration)',
    noPassApi:
      'Microsoft Graph ne propose pas le passe d’accès temporaire dans ce cloud : vous pouvez vous connecter et rechercher des personnes, mais pas émettre de passes.',
    tenant: 'ID de locataire ou domaine',
    tenantHint: 'L’ID de l’annuaire (locataire) ou un domaine vérifié.',
    tenantPlaceholder: 'contoso.onmicrosoft.com',
    clientId: 'ID d’application (client)',
    clientIdHint: 'Issu de l’inscription d’application du locataire : un client public avec l’URI de redirection http://127.0.0.1.',
    addProfile: 'Ajouter le profil de locataire',

    profileNameMissing: 'Donnez un nom au profil',
    profileNameTooLong: 'Le nom du profil ne peut pas dépasser {maximum, plural, one {# caractère} other {# caractères}}',
    cloudMissing: 'Choisissez un cloud',
    tenantMissing: 'Entrez l’ID de locataire ou un domaine vérifié',
    tenantTooLong: 'Un ID de locataire ou un domaine ne peut pas dépasser {maximum, plural, one {# caractère} other {# caractères}}',
    tenantInvalid: 'Un locataire est un GUID ou un domaine tel que contoso.onmicrosoft.com',
    clientIdInvalid: 'L’ID d’application (client) est un GUID',

    signedInAs: 'Connecté en tant que {name}.',
    profileSaved: 'Profil de locataire {profile} enregistré.',
    profileRemoved: 'Profil de locataire supprimé.',
    signedOut: 'Déconnexion de {name} terminée.',

    deskRolePrivileged:
      'Vous avez le rôle Administrateur d’authentification privilégié : vous pouvez délivrer des passes à tout le monde, administrateurs compris.',
    deskRoleAuthentication:
      'Vous avez le rôle Administrateur d’authentification : vous pouvez délivrer des passes aux personnes qui n’ont pas de rôle d’administrateur.',
    deskRoleHelpdesk:
      'Vous avez le rôle Administrateur du support technique : vous pouvez réinitialiser des mots de passe, mais ce rôle ne permet pas de délivrer des passes d’accès temporaire.',
    deskRoleNone: 'Votre compte n’a aucun rôle permettant de délivrer des passes d’accès temporaire.',
    deskPolicyUnreadable:
      'Ce rôle ne permet pas de lire la stratégie du passe de ce locataire ; ses limites sont donc vérifiées lorsque vous créez un passe.',
    deskAskPrivileged: 'Pour les administrateurs, adressez-vous à un administrateur d’authentification privilégié.',
    deskAskAuthenticationRole: 'Demandez le rôle Administrateur d’authentification.',
    deskNoteClose: 'Fermer la note sur votre rôle',
  },
});
