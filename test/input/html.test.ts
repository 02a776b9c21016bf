import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../src/input/html.js';

const original = readFileSync(new URL('../../fixtures/input/binance.it.html', import.meta.url), 'utf8');

function where(converted: ReturnType<typeof convertHtml>, needle: string): string {
  const offset = converted.text.indexOf(needle);
  expect(offset, `"${needle}" in converted text`).toBeGreaterThanOrEqual(0);
  const { line, column } = converted.originalPosition(offset);
  return `${line}:${column}`;
}

describe('convertHtml', () => {
  const converted = convertHtml(original);

  it('keeps the article body and drops head, scripts, styles, nav, header, footer and asides', () => {
    expect(converted.text).toBe(
      [
        'Gli hacker chiedono 300 bitcoin a Binance',
        'L\u2019exchange ha detto che gli aggressori avevano 10.000 foto di utenti e chiedevano oltre 3 milioni di dollari.',
        'Binance ha rifiutato di pagare e ha offerto una ricompensa di 25\u00a0bitcoin.',
        'La taglia è di 290.000 dollari.',
        'Sono coinvolte le polizie di due paesi.',
      ].join('\n\n') + '\n',
    );
    for (const dropped of ['Home', 'analytics', 'margin', 'Notizie', 'Pubblicità', 'P.IVA', '1000000']) {
      expect(converted.text).not.toContain(dropped);
    }
  });

  it('maps characters back to line and column in the markup, across tags, entities and collapsed whitespace', () => {
    expect(where(converted, 'Gli hacker')).toBe('13:9');
    expect(where(converted, 'exchange')).toBe('14:16'); // after the &rsquo; entity
    expect(where(converted, '10.000')).toBe('14:69'); // inside <strong>
    expect(where(converted, 'di utenti')).toBe('15:8'); // the line break collapsed to a space
    expect(where(converted, '3 milioni')).toBe('15:57'); // inside <a>
    expect(where(converted, '290.000')).toBe('19:26');
  });

  it('falls back to <main>, then <body>, when there is no <article>', () => {
    const main = convertHtml('<body><nav>x</nav><main><p>Uno.</p></main><p>Fuori.</p></body>');
    expect(main.text).toBe('Uno.\n');
    const body = convertHtml('<p>Uno.</p>\n<p>Due<br>tre.</p>');
    expect(body.text).toBe('Uno.\n\nDue\ntre.\n');
    expect(body.originalPosition(body.text.indexOf('Due'))).toEqual({ line: 2, column: 4 });
  });
});
