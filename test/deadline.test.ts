import { describe, expect, it } from 'vitest';
import { createDeadline, everyNth } from '../src/deadline.js';
import { AlignInputError, AlignLimitError } from '../src/errors.js';
import { alignTexts } from '../src/pipeline.js';
import type { Embedder } from '../src/types.js';

const EN = 'The company reported a loss of 3 million dollars. Its chief executive resigned on Monday.';
const IT = "L'azienda ha registrato una perdita di 3 milioni di dollari. Il suo amministratore delegato si è dimesso lunedì.";

describe('createDeadline', () => {
  it('does nothing before the time is up and throws a timeout limit after it', () => {
    let now = 1_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const deadline = createDeadline({ timeoutSeconds: 2, subject: 'a.txt and b.txt' });
      now += 1_999;
      expect(() => deadline.check()).not.toThrow();
      now += 2;
      const error = (() => {
        try {
          deadline.check();
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(AlignLimitError);
      expect(error).toBeInstanceOf(AlignInputError);
      expect((error as AlignLimitError).limit).toBe('timeout');
      expect((error as AlignLimitError).code).toBe('TIMEOUT');
      expect((error as Error).message).toBe('a.txt and b.txt: stopped after the time limit of 2 s (--timeout)');
    } finally {
      Date.now = realNow;
    }
  });

  it("throws the signal's reason once aborted", () => {
    const controller = new AbortController();
    const deadline = createDeadline({ signal: controller.signal });
    expect(() => deadline.check()).not.toThrow();
    controller.abort(new Error('SIGTERM'));
    expect(() => deadline.check()).toThrow('SIGTERM');
  });

  it('everyNth checks once every n calls', () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const check = everyNth(createDeadline({ signal: controller.signal }), 3);
    expect(() => check()).not.toThrow();
    expect(() => check()).not.toThrow();
    expect(() => check()).toThrow('stop');
  });
});

describe('alignTexts limits', () => {
  it('an aborted signal stops the run before any work', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the batch'));
    await expect(alignTexts(EN, IT, { from: 'en', to: 'it', signal: controller.signal })).rejects.toThrow('cancelled by the batch');
  });

  it('an engine range error (stack, string length) becomes a memory limit naming both files', async () => {
    const exhausted: Embedder = {
      name: 'exhausted',
      dimension: 4,
      additive: true,
      embed: async () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const run = alignTexts(EN, IT, { from: 'en', to: 'it', embedder: exhausted, sourcePath: 'en.txt', targetPath: 'it.txt' });
    await expect(run).rejects.toBeInstanceOf(AlignLimitError);
    await expect(run).rejects.toThrow('en.txt and it.txt: too large to process (Maximum call stack size exceeded); see docs/limits.md');
  });

  it('other errors pass through unchanged', async () => {
    const broken: Embedder = { name: 'broken', dimension: 4, additive: true, embed: async () => { throw new TypeError('bug'); } };
    await expect(alignTexts(EN, IT, { from: 'en', to: 'it', embedder: broken })).rejects.toBeInstanceOf(TypeError);
  });

  it('refuses a sentence length limit too small to keep sentences whole', async () => {
    await expect(alignTexts(EN, IT, { from: 'en', to: 'it', maxSentenceLength: 20 })).rejects.toThrow(/at least 200/);
  });
});
