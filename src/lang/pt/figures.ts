import type { FigureLanguageData } from '../../figures/language.js';
import { portugueseCalendarWords } from './calendar.js';

/**
 * Portuguese figure data (numbers, scales, currencies, percent, months, ranges). The billion differs
 * between the two standards, and so does its spelling, which is what tells them apart: European
 * Portuguese (pt-PT) uses the long scale, `mil milhões` = 10^9 and `bilião` = 10^12; Brazilian
 * Portuguese (pt-BR) the short scale, `bilhão` = 10^9 and `trilhão` = 10^12.
 */
export const portugueseFigures: FigureLanguageData = {
  code: 'pt',
  decimal: ',',
  group: ['.'],
  dateOrder: 'dmy',
  numberWords: {
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
    dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezasseis: 16, dezesseis: 16,
    dezassete: 17, dezessete: 17, dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40,
    cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200,
    duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500,
    quinhentas: 500, seiscentos: 600, seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800,
    oitocentas: 800, novecentos: 900, novecentas: 900, mil: 1000,
    milhão: 1e6, milhões: 1e6, bilião: 1e12, biliões: 1e12,
    // multiplicatives: `duplo medalhista` (two-time medallist)
    duplo: 2, dupla: 2, triplo: 3, tripla: 3, quádruplo: 4, quíntuplo: 5,
  },
  scaleWords: {
    mil: 1e3, milhão: 1e6, milhões: 1e6, 'mil milhões': 1e9, bilião: 1e12, biliões: 1e12, trilião: 1e18,
    triliões: 1e18,
    // pt-BR (short scale)
    bilhão: 1e9, bilhões: 1e9, 'mil bilhões': 1e12, trilhão: 1e12, trilhões: 1e12, mi: 1e6, bi: 1e9, tri: 1e12,
  },
  scaleSuffixes: { k: 1e3, K: 1e3, M: 1e6 },
  numberConnectors: ['e'],
  decimalWords: ['vírgula'],
  fractionWords: { meio: 0.5, meia: 0.5 },
  denominators: { quartos: 4, terços: 3 },
  groupNouns: { dúzia: 12, dúzias: 12, dezena: 10, dezenas: 10, centena: 100, centenas: 100 },
  articles: ['um', 'uma'],
  weakNumberWords: ['um', 'uma', 'zero'],
  ordinalWords: {
    primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, quarto: 4, quarta: 4,
    quinto: 5, quinta: 5, sexto: 6, sexta: 6, sétimo: 7, sétima: 7, oitavo: 8, oitava: 8, nono: 9, nona: 9,
    décimo: 10, décima: 10,
  },
  ordinalNeedsDeterminer: ['segundo', 'segunda', 'quarto', 'quarta', 'quinta', 'sexta'],
  determiners: ['o', 'a', 'os', 'as', 'ao', 'à', 'do', 'da', 'no', 'na', 'pelo', 'pela'],
  ordinalSuffixes: ['º', 'ª', '.º', '.ª', 'o', 'a'],
  degreeSignOrdinal: true,
  percentWords: ['por cento', 'porcento'],
  pointWords: ['pontos percentuais', 'ponto percentual', 'pontos base', 'pontos-base'],
  currencyNames: {
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', 'dólares americanos': 'USD', usd: 'USD', eur: 'EUR', gbp: 'GBP', chf: 'CHF', jpy: 'JPY', libra: 'GBP', libras: 'GBP',
    'libras esterlinas': 'GBP', franco: 'CHF', francos: 'CHF', iene: 'JPY', ienes: 'JPY', real: 'BRL',
    reais: 'BRL', cêntimo: 'cent', cêntimos: 'cent', centavo: 'cent', centavos: 'cent', bitcoin: 'BTC',
    bitcoins: 'BTC',
  },
  unitConnectors: ['de'],
  unitNames: {
    metro: 'm', metros: 'm', quilómetro: 'km', quilómetros: 'km', quilômetro: 'km', quilômetros: 'km',
    centímetro: 'cm', centímetros: 'cm', milímetro: 'mm', milímetros: 'mm', quilograma: 'kg', quilogramas: 'kg',
    quilo: 'kg', quilos: 'kg', grama: 'g', gramas: 'g', tonelada: 't', toneladas: 't', milha: 'mi', milhas: 'mi',
    pé: 'ft', pés: 'ft', polegada: 'in', polegadas: 'in', grau: 'deg', graus: 'deg', litro: 'l', litros: 'l',
    hora: 'h', horas: 'h', minuto: 'min', minutos: 'min', segundo: 's', segundos: 's', dia: 'day', dias: 'day',
    ano: 'year', anos: 'year', mês: 'month', meses: 'month', semana: 'week', semanas: 'week',
    'quilómetros por hora': 'km/h', 'quilômetros por hora': 'km/h', 'km por hora': 'km/h', 'milhas por hora': 'mph',
    nós: 'kn', hectare: 'ha', hectares: 'ha', 'metros quadrados': 'm2', 'metros cúbicos': 'm3', 'quilómetros quadrados': 'km2',
    onça: 'oz', onças: 'oz', galão: 'gal', galões: 'gal', barril: 'bbl', barris: 'bbl',
  },
  qualifiers: {
    'mais de': 'gt', 'pelo menos': 'ge', 'no mínimo': 'ge', 'menos de': 'lt', 'até': 'le', cerca: 'approx',
    'cerca de': 'approx', aproximadamente: 'approx', 'por volta de': 'approx', quase: 'nearly',
  },
  rangeOpeners: ['de', 'entre', 'do', 'dos'],
  rangeJoiners: ['a', 'ao', 'e', 'até'],
  months: {
    janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9,
    outubro: 10, novembro: 11, dezembro: 12,
  },
  yearContext: ['em', 'desde', 'ano', 'até'],
  timeContext: ['às', 'as', 'pelas', 'das'],
  hourWords: ['h', 'hora', 'horas'],
  meridiem: { 'da manhã': 'am', 'da tarde': 'pm', 'da noite': 'pm' },
  decadeWords: ['anos', 'década', 'décadas'],
  dateConnectors: ['de'],
  ageWords: ['anos'],
  oclock: ['em ponto'],
  timeWords: { 'meio-dia': 720, 'meia-noite': 0 },
  centuryWords: ['século', 'séculos'],
  calendarWords: portugueseCalendarWords,
  sectionWords: ['medida', 'objetivo', 'artigo', 'art', 'ponto', 'parágrafo', 'secção', 'seção', 'capítulo', 'anexo', 'eixo', 'ação', 'prioridade', 'versão', 'tabela', 'figura', 'alteração'],
};

