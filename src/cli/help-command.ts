/**
 * `align help` and `align help batch`: the argv that shows that help (`--help`, `batch --help`),
 * or undefined when the arguments are not a help request. Two arguments after `help` that are not a
 * command are a source and a target that happen to be called `help` (`./help` always is a file).
 */
export function helpRequest(argv: readonly string[]): string[] | undefined {
  if (argv[0] !== 'help' || argv.length > 2) return undefined;
  const topic = argv[1];
  if (topic === undefined || topic === 'align') return ['--help'];
  if (topic === 'batch') return ['batch', '--help'];
  return undefined;
}
