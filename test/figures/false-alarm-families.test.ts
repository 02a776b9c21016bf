import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';

const warnings = (en: string, it_: string): string[] =>
  compareFigures(en, it_, { from: 'en', to: 'it' }).findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.kind}${f.aspect ? `/${f.aspect}` : ''}: ${f.message}`);

/** Each family: clean translations that must raise no warning. */
const FAMILIES: Record<string, Array<[string, string]>> = {
  multiplicatives: [
    ['Profits grew four times over.', 'I profitti sono quadruplicati.'],
    ['The market is four times larger.', 'Il mercato ha una dimensione quadrupla.'],
    ['Prices have doubled since 2010.', 'I prezzi sono raddoppiati dal 2010.'],
    ['Costs rose threefold.', 'I costi sono triplicati.'],
  ],
  'named wars': [
    ['Bernard Vann: WW1 Victoria Cross cleric celebrated', 'Bernard Vann: commemorato l’ecclesiastico della Grande Guerra con Victoria Cross'],
    ['He fought in World War II.', 'Ha combattuto nella seconda guerra mondiale.'],
    ['A First World War memorial.', 'Un monumento della Prima guerra mondiale.'],
  ],
  'a team’s eleven': [
    ['Holt went with the same Livi 11 which took a point off Hearts.', 'Holt ha scelto la solita formazione che ha strappato un punto all’Hearts.'],
    ['The starting 11 was unchanged.', 'La formazione titolare era invariata.'],
  ],
  'day-of-month dates': [
    ['The deadline is 19 January.', 'La scadenza è il 19 di gennaio.'],
    ['The deadline is 2 February.', 'La scadenza è il due di febbraio.'],
    ['They recognise the state on 7 February, not on 9 July.', 'Riconoscono lo Stato il sette febbraio, non il nove luglio.'],
    ['It was his first win since February’s 4-1 triumph.', 'Era la prima vittoria dal trionfo del 4-1 di febbraio.'],
  ],
  'abbreviated months that are words': [
    ['He won the first set 6-4.', 'Ha vinto il primo set 6-4.'],
    ['She won in 3 sets.', 'Ha vinto in 3 set.'],
  ],
  'metres, not millions': [
    ['She won the 100m and 200m freestyle.', 'Ha vinto i 100 e i 200 metri stile libero.'],
    ['Bolt ran the 100m in 9.58 seconds.', 'Bolt ha corso i 100 metri in 9,58 secondi.'],
  ],
  'clock times': [
    ['The ceasefire began at 1200 hours.', 'Il cessate il fuoco è iniziato alle 12:00.'],
    ['Troops moved at 0800 hours.', 'Le truppe si sono mosse alle 8:00.'],
    ['Kick-off is 15.00 on Saturday.', 'Il calcio d’inizio è alle 15:00 di sabato.'],
  ],
  centuries: [
    ['The abbey dates from the 11th century.', 'L’abbazia risale all’XI secolo.'],
    ['The town grew in the 1800s.', 'La città è cresciuta nell’Ottocento.'],
    ['Art of the 19th century.', 'L’arte dell’Ottocento.'],
    ['The towers were built between the 11th and 12th centuries.', 'Le torri furono costruite tra l’XI e il XII secolo.'],
  ],
  'model numbers': [
    ['The router supports 802.11b and 802.11n.', 'Il router supporta 802.11b e 802.11n.'],
    ['It uses the 802.11b standard.', 'Usa lo standard 802.11b.'],
  ],
  'repeated figures': [
    ['In mid-2003 the product was back on the market.', 'Nel 2003 il produttore reimmette sul mercato il prodotto a metà del 2003.'],
  ],
  'elided thousands in a range': [
    ['Costs range from EUR 20,000 to EUR 30,000 per adoption.', 'I costi vanno dai 20 ai 30.000 euro per adozione.'],
  ],
  'time words as nouns': [
    ['Even the midday break during 8 hours of work.', 'Addirittura la pausa intermedia durante 8 ore di lavoro.'],
  ],
  'a weekday or yesterday rendered as its date': [
    ['The Hill published the article on Saturday.', 'The Hill ha pubblicato l’articolo il 29 settembre.'],
    ['The minister resigned yesterday.', 'Il ministro si è dimesso il 28 settembre.'],
    ['The minister resigned on 28 September.', 'Il ministro si è dimesso venerdì.'],
  ],
  'a one-digit count after a demonstrative': [
    ['However, these 2 paths do not often seem to cross.', 'Ma spesso questo incrocio non avviene.'],
    ['Both plans failed, and those 3 ministers resigned.', 'Entrambi i piani sono falliti e i ministri si sono dimessi.'],
  ],
  'a rank written No. 1': [
    ['China aims to be No.1 in AI innovation by 2030.', 'La Cina punta a guidare l’innovazione nell’IA entro il 2030.'],
    ['She met him at No. 10 Downing Street.', 'Lo ha incontrato a Downing Street.'],
  ],
};

describe('false-alarm families stay quiet on clean translations', () => {
  for (const [family, pairs] of Object.entries(FAMILIES)) {
    it(family, () => {
      for (const [en, it_] of pairs) expect(warnings(en, it_), `${en} → ${it_}`).toEqual([]);
    });
  }
});

describe('the same families still catch real changes', () => {
  it('a changed multiplicative', () => {
    expect(warnings('Profits grew four times over.', 'I profitti sono triplicati.')).toHaveLength(1);
  });

  it('a changed clock time', () => {
    expect(warnings('The ceasefire began at 1200 hours.', 'Il cessate il fuoco è iniziato alle 13:00.')).toEqual([
      'figure-mismatch/date: Date changed: source `1200 hours` (12:00) but target `13:00` (13:00).',
    ]);
  });

  it('a changed century', () => {
    expect(warnings('The town grew in the 19th century, with 3 mills.', 'La città è cresciuta nel Settecento, con 3 mulini.')).toHaveLength(1);
  });

  it('a changed spelled-out day of a date', () => {
    expect(warnings('They recognise the state on 7 February.', 'Riconoscono lo Stato il nove febbraio.')).toHaveLength(1);
  });

  it('a changed weekday, a changed date and a changed rank are still changes', () => {
    expect(warnings('The article appeared on Saturday.', 'L’articolo è uscito domenica.')).toHaveLength(1);
    expect(warnings('The article appeared on Saturday, 29 September.', 'L’articolo è uscito sabato 30 settembre.')).toHaveLength(1);
    expect(warnings('He is the world No. 1.', 'È il numero 2 al mondo.')).toHaveLength(1);
    expect(warnings('However, these 2 paths do not cross.', 'Ma questi 3 percorsi non si incrociano.')).toHaveLength(1);
    expect(warnings('There are 3 apples and 4 pears.', 'Ci sono 3 mele.')).toHaveLength(1);
  });

  it('words that count two (both, the couple, the pair) meet `due` and catch another number', () => {
    expect(warnings('The couple became parents in June.', 'I due sono diventati genitori a giugno.')).toEqual([]);
    expect(warnings('Both men were arrested.', 'Entrambi gli uomini sono stati arrestati.')).toEqual([]);
    expect(warnings('Both men were arrested.', 'Gli uomini sono stati arrestati.')).toEqual([]);
    expect(warnings('The couple became parents in June.', 'I dodici sono diventati genitori a giugno.')).toEqual([
      'figure-mismatch/value: Value changed: source `couple` (2) but target `dodici` (12).',
    ]);
  });

  it('a million that really changed stays a change', () => {
    expect(warnings('The club paid £100m for him.', 'Il club lo ha pagato 200 milioni di sterline.')).toHaveLength(1);
  });
});
