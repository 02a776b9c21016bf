#!/usr/bin/env node
// The bundled CLI (scripts/build-bundle.ts): one file to load instead of ~100 modules.
import { run } from '../dist/bundle/align.js';

await run();
