/**
 * A string function remembered for the words it has seen. Texts repeat their words, and the
 * functions worth remembering are regex chains or stemmers. The memory is cleared past `limit`
 * entries, so it stays bounded on any input.
 */
export function memoizeWord(compute: (word: string) => string, limit = 50_000): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let result = seen.get(word);
    if (result === undefined) {
      result = compute(word);
      if (seen.size >= limit) seen.clear();
      seen.set(word, result);
    }
    return result;
  };
}
