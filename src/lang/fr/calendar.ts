import type { CalendarWordData } from '../../figures/language.js';

/** French weekdays, relative times (`hier`, `l'an dernier`, `il y a deux ans`) and month contexts. */
export const frenchCalendarWords: CalendarWordData = {
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  relative: {
    hier: { unit: 'day', offset: -1 }, "aujourd'hui": { unit: 'day', offset: 0 }, demain: { unit: 'day', offset: 1 },
    'avant-hier': { unit: 'day', offset: -2 }, 'après-demain': { unit: 'day', offset: 2 },
    'ce matin': { unit: 'day', offset: 0 }, 'ce soir': { unit: 'day', offset: 0 }, 'hier soir': { unit: 'day', offset: -1 },
    'cette semaine': { unit: 'week', offset: 0 }, 'semaine dernière': { unit: 'week', offset: -1 }, 'semaine passée': { unit: 'week', offset: -1 },
    'semaine prochaine': { unit: 'week', offset: 1 },
    'ce week-end': { unit: 'weekend', offset: 0 }, 'week-end dernier': { unit: 'weekend', offset: -1 }, 'week-end prochain': { unit: 'weekend', offset: 1 },
    'ce mois-ci': { unit: 'month', offset: 0 }, 'mois dernier': { unit: 'month', offset: -1 }, 'mois prochain': { unit: 'month', offset: 1 },
    'cette année': { unit: 'year', offset: 0 }, 'année dernière': { unit: 'year', offset: -1 }, 'an dernier': { unit: 'year', offset: -1 },
    'année passée': { unit: 'year', offset: -1 }, 'an passé': { unit: 'year', offset: -1 },
    'année prochaine': { unit: 'year', offset: 1 }, 'an prochain': { unit: 'year', offset: 1 },
    actuellement: { unit: 'present', offset: 0 }, 'à présent': { unit: 'present', offset: 0 }, 'en ce moment': { unit: 'present', offset: 0 },
  },
  agoUnits: {
    jour: { unit: 'day', times: 1 }, jours: { unit: 'day', times: 1 }, semaine: { unit: 'week', times: 1 }, semaines: { unit: 'week', times: 1 },
    mois: { unit: 'month', times: 1 }, an: { unit: 'year', times: 1 }, ans: { unit: 'year', times: 1 }, année: { unit: 'year', times: 1 },
    années: { unit: 'year', times: 1 }, décennie: { unit: 'year', times: 10 }, décennies: { unit: 'year', times: 10 },
  },
  agoBefore: ['il y a'],
  monthContext: ['en', 'depuis', 'dès', "jusqu'en", 'fin', 'début', 'mi', 'mois de', 'de', "d'", 'à partir de', 'entre', 'et', 'ou', 'avant', 'après'],
};
