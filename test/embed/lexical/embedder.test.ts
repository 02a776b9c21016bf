import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbedder } from '../../../src/embed/lexical/index.js';

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

// Real pairs: Tatoeba (CC BY 2.0 FR) and the Binance seed article.
const PAIRS: Array<[string, string]> = [
  ["Fadil shot Dania's dog.", 'Fadil sparò al cane di Dania.'],
  ["Tom didn't return my phone calls.", 'Tom non rispose alle mie telefonate.'],
  ['I would be happy to do that for you.', 'Sarei felice di farlo per te.'],
  [
    'The hacker demanded 300 bitcoins from Binance, threatening to publish 10,000 KYC photos.',
    "L'hacker ha chiesto 300 bitcoin a Binance, minacciando di pubblicare 10.000 foto KYC.",
  ],
  ['The weather is very cold in winter.', "Il tempo è molto freddo d'inverno."],
];

describe('createLexicalEmbedder', () => {
  const embedder = createLexicalEmbedder();

  it('declares a fixed dimension and additivity', async () => {
    expect(embedder.additive).toBe(true);
    const [vector] = await embedder.embed(['Il cane dorme.'], 'it');
    expect(vector).toBeInstanceOf(Float32Array);
    expect(vector.length).toBe(embedder.dimension);
  });

  it('puts each translation closer to its source than any other sentence of the set', async () => {
    const english = await embedder.embed(PAIRS.map(([en]) => en), 'en');
    const italian = await embedder.embed(PAIRS.map(([, it]) => it), 'it');
    for (let i = 0; i < PAIRS.length; i++) {
      const own = cosine(english[i], italian[i]);
      expect(own).toBeGreaterThan(0.2);
      for (let j = 0; j < PAIRS.length; j++) {
        if (j !== i) expect(own, `${PAIRS[i][0]} vs ${PAIRS[j][1]}`).toBeGreaterThan(cosine(english[i], italian[j]));
      }
    }
  });

  it('is exactly additive: embed(a + " " + b) = embed(a) + embed(b)', async () => {
    const sentences = [
      ...PAIRS.flat(),
      "The U.S. didn't pay $3.5 million to NATO.",
      "Com'è possibile? Gli USA non l’hanno fatto, dirgli di farlo.",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...sentences),
        fc.oneof(fc.constantFrom(...sentences), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
        fc.constantFrom('en', 'it'),
        async (a, b, lang) => {
          const [joined, first, second] = await embedder.embed([`${a} ${b}`, a, b], lang);
          for (let i = 0; i < joined.length; i++) expect(joined[i]).toBe(first[i] + second[i]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shares numbers and names across languages', async () => {
    const [english] = await embedder.embed(['Zorblax paid 4,750 to Quintavalle.'], 'en');
    const [italian] = await embedder.embed(['Zorblax ha pagato 4.750 a Quintavalle.'], 'it');
    const [otherNumbers] = await embedder.embed(['Zorblax ha pagato 9.999 a Brambilla.'], 'it');
    expect(cosine(english, italian)).toBeGreaterThan(0.6);
    expect(cosine(english, italian)).toBeGreaterThan(cosine(english, otherNumbers) + 0.2);
  });

  it('relates words whose forms the stemmer cannot relate (irregular verbs, plurals, function words)', async () => {
    const related: Array<[string, string]> = [
      ['told', 'detto'], // English irregular past, Italian irregular participle (dire)
      ['years', 'anni'], // the Italian stemmer keeps the plural ending of short words
      ['officials', 'funzionari'], // -io plural
      ['men', 'uomini'], // irregular plurals on both sides
      ['of the', 'della'], // articulated preposition
      ['tell', 'dirgli'], // infinitive with an enclitic pronoun
    ];
    for (const [english, italian] of related) {
      const [en] = await embedder.embed([english], 'en');
      const [it] = await embedder.embed([italian], 'it');
      expect(cosine(en, it), `${english} ~ ${italian}`).toBeGreaterThan(0.3);
    }
    const [sea] = await embedder.embed(['sul'], 'it');
    const [gannet] = await embedder.embed(['gannet'], 'en');
    expect(cosine(sea, gannet)).toBeLessThan(0.1); // "sul" is "on the", not the seabird
  });

  it('keeps acronyms apart from look-alike function words and relates spelled-out names', async () => {
    const [pronoun, country] = await embedder.embed(['they told us', 'they told US'], 'en');
    expect(pronoun).not.toEqual(country);
    const [english] = await embedder.embed(['The U.S. and the EU signed the deal.'], 'en');
    const [spelled] = await embedder.embed(["Gli Stati Uniti e l'Unione europea hanno firmato l'accordo."], 'it');
    const [abbreviated] = await embedder.embed(["Gli USA e la UE hanno firmato l'accordo."], 'it');
    const [unrelated] = await embedder.embed(["Gli studenti e i professori hanno firmato l'accordo."], 'it');
    expect(cosine(english, spelled)).toBeGreaterThan(cosine(english, unrelated) + 0.15);
    expect(cosine(english, abbreviated)).toBeGreaterThan(cosine(english, unrelated) + 0.15);
  });

  it('maps an empty or punctuation-only text to a zero vector without NaN', async () => {
    const vectors = await embedder.embed(['', '   ', '—!?'], 'it');
    for (const vector of vectors) {
      expect(vector.length).toBe(embedder.dimension);
      expect(vector.every((value) => value === 0)).toBe(true);
    }
  });

  it('gives the same vectors whatever the batch and the embedder instance', async () => {
    const texts = PAIRS.map(([en]) => en);
    const batch = await embedder.embed(texts, 'en');
    const fresh = createLexicalEmbedder();
    for (let i = 0; i < texts.length; i++) expect((await fresh.embed([texts[i]], 'en'))[0]).toEqual(batch[i]);
  });

  it('honours the dimension option and rejects a bad one', async () => {
    const small = createLexicalEmbedder({ dimension: 64 });
    expect((await small.embed(['ciao'], 'it'))[0].length).toBe(64);
    expect(() => createLexicalEmbedder({ dimension: 0 })).toThrow(RangeError);
  });
});
