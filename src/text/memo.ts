/**
 * A string function remembered for the words it has seen. Texts repeat their words, and the
 * functions worth remembering are regex chains or stemmers. The memory is cleared past `limit`
 * entries, so it stays bounded on any input.
 */
export function memoizeWord<T extends object | string>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const seen = new Map<string, T>();
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
