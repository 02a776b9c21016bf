import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { palette, type Palette } from '../../src/report/ansi.js';

const NAMES = ['red', 'green', 'yellow', 'cyan', 'magenta', 'bold', 'dim', 'grey'] as const;

/** A random nesting of styles over random text, built alike with our palette and with chalk. */
type Tree = string | { style: (typeof NAMES)[number]; parts: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { arbitrary: fc.constantFrom('', 'a', 'word', ' ', '\n', '\r\n', 'two\nlines', '€ 3,5%', '\u001b[31mraw\u001b[39m'), weight: 3 },
    { arbitrary: fc.record({ style: fc.constantFrom(...NAMES), parts: fc.array(tie('node'), { maxLength: 3 }) }), weight: 2 },
  ),
})).node;

function render(node: Tree, styles: Record<(typeof NAMES)[number], (text: string) => string>): string {
  return typeof node === 'string' ? node : styles[node.style](node.parts.map((part) => render(part, styles)).join(''));
}

describe('palette', () => {
  it('writes exactly what chalk writes at its basic level, and plain text without colour', () => {
    const chalk = new Chalk({ level: 1 });
    const plainChalk = new Chalk({ level: 0 });
    const ours: Palette = palette(true);
    const plain: Palette = palette(false);
    fc.assert(
      fc.property(tree, (node) => {
        expect(render(node, ours)).toBe(render(node, chalk));
        expect(render(node, plain)).toBe(render(node, plainChalk));
      }),
      { numRuns: 2000 },
    );
  });
});
