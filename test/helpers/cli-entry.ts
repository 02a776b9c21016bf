/** The CLI as a separate process from TypeScript sources, for tests that send it signals. */
import { run } from '../../src/cli/run.js';

await run();
