import type { CalendarWordData } from '../../figures/language.js';

/** Spanish weekdays, relative times (`ayer`, `el año pasado`, `hace dos años`) and month contexts. */
export const spanishCalendarWords: CalendarWordData = {
  weekdays: { lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7 },
  relative: {
    // `mañana` is left out: `por la mañana` is "in the morning".
    ayer: { unit: 'day', offset: -1 }, hoy: { unit: 'day', offset: 0 }, anteayer: { unit: 'day', offset: -2 },
    anoche: { unit: 'day', offset: -1 }, 'pasado mañana': { unit: 'day', offset: 2 }, 'esta mañana': { unit: 'day', offset: 0 },
    'esta noche': { unit: 'day', offset: 0 },
    'esta semana': { unit: 'week', offset: 0 }, 'semana pasada': { unit: 'week', offset: -1 }, 'próxima semana': { unit: 'week', offset: 1 },
    'semana próxima': { unit: 'week', offset: 1 }, 'semana que viene': { unit: 'week', offset: 1 },
    'este fin de semana': { unit: 'weekend', offset: 0 }, 'fin de semana pasado': { unit: 'weekend', offset: -1 },
    'próximo fin de semana': { unit: 'weekend', offset: 1 },
    'este mes': { unit: 'month', offset: 0 }, 'mes pasado': { unit: 'month', offset: -1 }, 'próximo mes': { unit: 'month', offset: 1 },
    'mes próximo': { unit: 'month', offset: 1 }, 'mes que viene': { unit: 'month', offset: 1 },
    'este año': { unit: 'year', offset: 0 }, 'año pasado': { unit: 'year', offset: -1 }, 'próximo año': { unit: 'year', offset: 1 },
    'año próximo': { unit: 'year', offset: 1 }, 'año que viene': { unit: 'year', offset: 1 },
    actualmente: { unit: 'present', offset: 0 }, 'en la actualidad': { unit: 'present', offset: 0 }, 'en este momento': { unit: 'present', offset: 0 },
  },
  agoUnits: {
    día: { unit: 'day', times: 1 }, días: { unit: 'day', times: 1 }, semana: { unit: 'week', times: 1 }, semanas: { unit: 'week', times: 1 },
    mes: { unit: 'month', times: 1 }, meses: { unit: 'month', times: 1 }, año: { unit: 'year', times: 1 }, años: { unit: 'year', times: 1 },
    década: { unit: 'year', times: 10 }, décadas: { unit: 'year', times: 10 },
  },
  agoBefore: ['hace'],
  monthContext: ['en', 'de', 'desde', 'hasta', 'a partir de', 'finales de', 'principios de', 'mediados de', 'pasado', 'próximo', 'este', 'y', 'o', 'entre'],
};
