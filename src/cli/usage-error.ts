/** A mistake in the command line or its settings (exit 2, message only). Its own module so throwing it loads nothing else. */
export class CliUsageError extends Error {}

/**
 * Several problems as one line: the first, and how many more ("… (and 2 more problems)").
 */
export function oneLineProblems(problems: readonly string[]): string {
  const [first, ...rest] = problems;
  if (rest.length === 0) return first ?? '';
  return `${first} (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
}
