import { catalogueOf } from '../../ui/i18n/catalogue';
import { peopleMessages } from './messages';

export const peopleCatalogue = catalogueOf(peopleMessages, {
  de: {
    panelTitle: 'Suche',
    searchLabel: 'Person suchen',
    searchHint: 'Name oder Anmeldename. Mit den Pfeiltasten auswählen, mit der Eingabetaste übernehmen; Strg+F kehrt hierher zurück.',
    searching: 'Suche läuft',
    tryAgain: 'Erneut versuchen',
    noResults: 'Niemand gefunden für „{query}“.',
    resultsLabel: 'Suchergebnisse',
    resultsCount: '{count, plural, =0 {Niemand gefunden für {query}.} one {# Person gefunden für {query}.} other {# Personen gefunden für {query}.}}',
    disabledBadge: 'Deaktiviert',
    guestBadge: 'Gast',
  },
  fr: {
    panelTitle: 'Recherche',
    searchLabel: 'Rechercher une personne',
    searchHint: 'Nom ou nom de connexion. Les touches de direction choisissent, Entrée sélectionne, Ctrl+F revient ici.',
    searching: 'Recherche en cours',
    tryAgain: 'Réessayer',
    noResults: 'Aucune personne trouvée pour « {query} ».',
    resultsLabel: 'Résultats de la recherche',
    resultsCount: '{count, plural, =0 {Aucune personne trouvée pour {query}.} one {# personne trouvée pour {query}.} other {# personnes trouvées pour {query}.}}',
    disabledBadge: 'Désactivé',
    guestBadge: 'Invité',
  },
});
