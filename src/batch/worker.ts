import { runWorker } from './worker-main.js';

/** Worker thread entry of the ES build (see worker-main.ts; the bundled CLI may start it otherwise, see pool.ts). */
runWorker();
