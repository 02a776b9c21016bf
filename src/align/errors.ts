/** Thrown when an input side has more sentences than `AlignOptions.maxSentences` allows. */
export class TooManySentencesError extends Error {
  override readonly name = 'TooManySentencesError';
  constructor(
    readonly side: 'source' | 'target',
    readonly count: number,
    readonly limit: number,
  ) {
    super(
      `the ${side} text has ${count} sentences, more than the limit of ${limit} (raise it with --max-sentences)`,
    );
  }
}
