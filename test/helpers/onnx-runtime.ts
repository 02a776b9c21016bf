import { createRequire } from 'node:module';

/**
 * The ONNX runtime is opt-in (`npm install @huggingface/transformers`): `.ci/run` installs it, a plain
 * `npm ci` does not, so tests that run a real ONNX model only run where it is installed.
 */
export const hasTransformers = (() => {
  try {
    createRequire(import.meta.url).resolve('@huggingface/transformers');
    return true;
  } catch {
    return false;
  }
})();
