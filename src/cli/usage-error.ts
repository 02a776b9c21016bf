/** A mistake in the command line or its settings (exit 2, message only). Its own module so throwing it loads nothing else. */
export class CliUsageError extends Error {}
