/**
 * Per-language data the sentence segmenter uses to correct `Intl.Segmenter`.
 * Each language keeps its lists in `src/lang/<code>/segmentation.ts`.
 *
 * Entries are matched exactly as written (case matters: `On.` is an Italian title, `on.` is not),
 * against the whitespace-delimited token that ends right before a candidate break, with leading
 * opening quotes and brackets removed.
 */
export interface SegmentationProfile {
  /** Titles and honorifics before a name (`Mr.`, `Sig.`, `Dott.`): no break when a capitalised word or a number follows. */
  titles: readonly string[];
  /** Abbreviations that never end a sentence (`vs.`, `e.g.`, `p.es.`). */
  nonTerminal: readonly string[];
  /** Abbreviations that introduce a number (`No. 5`, `pp. 3–5`, `Jan. 5`): no break when a digit follows. */
  beforeNumber: readonly string[];
  /**
   * Abbreviations that can end a sentence but usually sit inside one (`U.S.`, `Inc.`, `S.p.A.`): no
   * break unless the next word is a common sentence opener (see `sentenceStarters`). Dotted
   * acronyms (`A.B.C.`) and single initials (`J.`) are treated the same way without being listed.
   */
  ambiguous: readonly string[];
  /**
   * Capitalised words that commonly open a sentence (`The`, `He`, `Il`, `L'`). After an ambiguous
   * abbreviation or an initial they mean a new sentence; any other capitalised word is taken for a name.
   */
  sentenceStarters: readonly string[];
  /**
   * A number of one to three digits with a full stop is an ordinal (German `am 3. Oktober`, `im 19.
   * Jahrhundert`): no break unless a sentence opener follows, as for `ambiguous`.
   */
  ordinalNumbers?: boolean;
  /** Closing quotes besides the common ones (German `„…“` closes with `“`). */
  closingQuotes?: readonly string[];
}

/** A profile compiled into sets for constant-time lookups. */
export interface CompiledProfile {
  titles: ReadonlySet<string>;
  nonTerminal: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  ordinalNumbers: boolean;
  closingQuotes: ReadonlySet<string>;
}

export function compileProfile(...profiles: readonly SegmentationProfile[]): CompiledProfile {
  const collect = (pick: (profile: SegmentationProfile) => readonly string[]): Set<string> =>
    new Set(profiles.flatMap(pick));
  return {
    titles: collect((p) => p.titles),
    nonTerminal: collect((p) => p.nonTerminal),
    beforeNumber: collect((p) => p.beforeNumber),
    ambiguous: collect((p) => p.ambiguous),
    // Apostrophes are compared in their straight form (`L’` and `L'` are the same opener).
    sentenceStarters: new Set(profiles.flatMap((p) => p.sentenceStarters).map((w) => w.replace(/’/g, "'"))),
    // Only a profile of its own turns these on: the union used for unknown languages stays conservative.
    ordinalNumbers: profiles.length === 1 && profiles[0].ordinalNumbers === true,
    closingQuotes: new Set(profiles.length === 1 ? (profiles[0].closingQuotes ?? []) : []),
  };
}
