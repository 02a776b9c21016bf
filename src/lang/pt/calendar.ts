import type { CalendarWordData } from '../../figures/language.js';

/** Portuguese weekdays, relative times (`ontem`, `no ano passado`, `há dois anos`) and month contexts. */
export const portugueseCalendarWords: CalendarWordData = {
  // `segunda`, `quinta` alone are ordinals: only the `-feira` forms are weekdays.
  weekdays: {
    'segunda-feira': 1, 'terça-feira': 2, 'terca-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5,
    sábado: 6, sabado: 6, domingo: 7,
  },
  relative: {
    ontem: { unit: 'day', offset: -1 }, hoje: { unit: 'day', offset: 0 }, amanhã: { unit: 'day', offset: 1 },
    anteontem: { unit: 'day', offset: -2 }, 'depois de amanhã': { unit: 'day', offset: 2 }, 'esta manhã': { unit: 'day', offset: 0 },
    'esta noite': { unit: 'day', offset: 0 }, 'ontem à noite': { unit: 'day', offset: -1 },
    'esta semana': { unit: 'week', offset: 0 }, 'semana passada': { unit: 'week', offset: -1 }, 'próxima semana': { unit: 'week', offset: 1 },
    'semana que vem': { unit: 'week', offset: 1 },
    'este fim de semana': { unit: 'weekend', offset: 0 }, 'fim de semana passado': { unit: 'weekend', offset: -1 },
    'próximo fim de semana': { unit: 'weekend', offset: 1 },
    'este mês': { unit: 'month', offset: 0 }, 'mês passado': { unit: 'month', offset: -1 }, 'próximo mês': { unit: 'month', offset: 1 },
    'mês que vem': { unit: 'month', offset: 1 },
    'este ano': { unit: 'year', offset: 0 }, 'ano passado': { unit: 'year', offset: -1 }, 'próximo ano': { unit: 'year', offset: 1 },
    'ano que vem': { unit: 'year', offset: 1 },
    atualmente: { unit: 'present', offset: 0 }, actualmente: { unit: 'present', offset: 0 }, 'neste momento': { unit: 'present', offset: 0 },
  },
  agoUnits: {
    dia: { unit: 'day', times: 1 }, dias: { unit: 'day', times: 1 }, semana: { unit: 'week', times: 1 }, semanas: { unit: 'week', times: 1 },
    mês: { unit: 'month', times: 1 }, meses: { unit: 'month', times: 1 }, ano: { unit: 'year', times: 1 }, anos: { unit: 'year', times: 1 },
    década: { unit: 'year', times: 10 }, décadas: { unit: 'year', times: 10 },
  },
  agoBefore: ['há'],
  monthContext: ['em', 'de', 'desde', 'até', 'a partir de', 'no final de', 'no início de', 'meados de', 'passado', 'próximo', 'este', 'e', 'ou', 'entre'],
};
