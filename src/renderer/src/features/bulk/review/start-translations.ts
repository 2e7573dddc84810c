import { catalogueOf } from '../../../ui/i18n/catalogue';
import { startMessages } from './start-messages';

export const startCatalogue = catalogueOf(startMessages, {
  de: {
    hireTime: 'Uhrzeit am Eintrittsdatum',
    hireTimeMissing: 'Geben Sie eine Uhrzeit ein.',
    validOnHireDate:
      '{days, plural, =0 {Gültig an jedem Eintrittsdatum von {from} bis {to}.} one {Gültig ab {from} an jedem Eintrittsdatum bis {to} am Folgetag.} other {Gültig ab {from} an jedem Eintrittsdatum bis {to}, # Tage später.}}',
    validFromTo: 'Gültig von {from} bis {to}.',
    endsBeforeNoonHire:
      'Jeder Pass endet um {to}, vor Mittag des Eintrittsdatums: Wer später eintrifft, findet seinen Pass abgelaufen vor. Wählen Sie eine längere Gültigkeitsdauer oder eine frühere Uhrzeit.',
    endsBeforeNoonAt:
      'Die Pässe enden um {to}, vor Mittag dieses Tages: Wer später kommt, findet seinen Pass abgelaufen vor. Wählen Sie eine längere Gültigkeitsdauer oder eine frühere Uhrzeit.',

    startsOnHireDate: '{count, plural, one {# Pass beginnt am Eintrittsdatum der Person.} other {# Pässe beginnen am Eintrittsdatum der jeweiligen Person.}}',
    startsNoHireDate:
      '{count, plural, one {# Pass beginnt sofort: Das Eintrittsdatum der Person ist vorbei oder nicht gesetzt.} other {# Pässe beginnen sofort: Die Eintrittsdaten dieser Personen sind vorbei oder nicht gesetzt.}}',
    startsAtChosen: '{count, plural, one {# Pass beginnt zum gewählten Zeitpunkt.} other {# Pässe beginnen zum gewählten Zeitpunkt.}}',
    startsOwn:
      '{count, plural, one {# Pass beginnt zu seinem eigenen Zeitpunkt, aus der Liste oder den Optionen seiner Zeile.} other {# Pässe beginnen zu ihrem eigenen Zeitpunkt, aus der Liste oder den Optionen ihrer Zeilen.}}',
    startsAtOnce: '{count, plural, one {# Pass beginnt sofort.} other {# Pässe beginnen sofort.}}',
  },
  fr: {
    hireTime: 'Heure le jour de l’embauche',
    hireTimeMissing: 'Saisissez une heure.',
    validOnHireDate:
      '{days, plural, =0 {Valable à chaque date d’embauche de {from} à {to}.} one {Valable à partir de {from} à chaque date d’embauche jusqu’à {to} le lendemain.} other {Valable à partir de {from} à chaque date d’embauche jusqu’à {to}, # jours plus tard.}}',
    validFromTo: 'Valable à partir de {from} jusqu’à {to}.',
    endsBeforeNoonHire:
      'Chaque passe expire à {to}, avant midi le jour de l’embauche : une personne qui arrive plus tard trouvera le sien expiré. Choisissez une durée de validité plus longue ou une heure plus matinale.',
    endsBeforeNoonAt:
      'Les passes expirent à {to}, avant midi ce jour-là : une personne qui vient plus tard trouvera le sien expiré. Choisissez une durée de validité plus longue ou une heure plus matinale.',

    startsOnHireDate:
      '{count, plural, one {# passe commence à la date d’embauche de la personne.} other {# passes commencent à la date d’embauche de chaque personne.}}',
    startsNoHireDate:
      '{count, plural, one {# passe commence immédiatement : la date d’embauche de la personne est passée ou absente.} other {# passes commencent immédiatement : les dates d’embauche de ces personnes sont passées ou absentes.}}',
    startsAtChosen: '{count, plural, one {# passe commence à l’heure choisie.} other {# passes commencent à l’heure choisie.}}',
    startsOwn:
      '{count, plural, one {# passe commence à sa propre heure, tirée de la liste ou des options de sa ligne.} other {# passes commencent à leur propre heure, tirée de la liste ou des options de leurs lignes.}}',
    startsAtOnce: '{count, plural, one {# passe commence immédiatement.} other {# passes commencent immédiatement.}}',
  },
});
