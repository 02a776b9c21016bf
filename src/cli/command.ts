import type { Command } from 'commander';
import type { OutputStream } from './streams.js';

/**
 * Shared commander behaviour for `align` and `align batch`: help and errors go to the given
 * streams, parsing never exits the process, and a usage error is one `<name>: …` line.
 */
export function configureCommand(command: Command, name: string, streams: { stdout: OutputStream; stderr: OutputStream }): Command {
  return command
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      outputError: (text, write) => write(`${name}: ${text.replace(/^error: /u, '').trim()} (see '${name} --help')\n`),
    });
}
