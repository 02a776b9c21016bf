/**
 * Generators of hostile inputs for `npm run fuzz` and test/fuzz: each builds a text of about the
 * requested size in UTF-8 bytes, deterministically (same name and size, same text). They model
 * what an attacker or a broken scrape feeds the tool: one endless line, runs of punctuation or
 * digits, thousands of figures in one sentence, deep nesting.
 */
import { seededRandom } from '../../src/align/random.js';

export type FuzzFormat = 'txt' | 'md' | 'html';

export interface FuzzCase {
  /** Short name used on the command line (`--case long-line`). */
  name: string;
  /** What the input looks like, for the table. */
  description: string;
  /** Extension of the hostile file; md and html go through the input converters. */
  format: FuzzFormat;
  /** The hostile text of about `bytes` UTF-8 bytes (appended to the seed article by the caller). */
  generate(bytes: number): string;
  /** Runs past the default input limit, with the flags that allow them (rows of issue #11's table). */
  beyondLimit?: ReadonlyArray<{ bytes: number; args: readonly string[] }>;
}

const ENGLISH_SENTENCES = [
  'The exchange said it had opened an investigation after an unidentified individual threatened to publish customer data',
  'Officials confirmed that 300 bitcoin, worth about $3 million, had been demanded by the blackmailer',
  'According to the statement, the images did not match the data held by the company',
  'Analysts expect the market to recover by the end of the second quarter of 2019',
  'The company, based in Malta, handles trades worth 1.2 billion dollars every day',
  'Customers were told to change their passwords and enable two-factor authentication',
];

/** News prose at about the density of figures of real news (one per few hundred characters). */
const PROSE_SENTENCES = [
  'The exchange said it had opened an investigation after an unidentified individual threatened to publish customer data',
  'According to the statement, the images did not match the data held by the company',
  'Customers were told to change their passwords and enable two-factor authentication',
  'The regulator declined to comment on whether the company had informed it of the breach',
  'Officials confirmed that 300 bitcoin had been demanded by the blackmailer',
  'Several analysts said the episode would weigh on confidence in smaller trading platforms',
  'A spokesperson for the company said that no funds had been lost and that trading continued as normal',
  'Security researchers have long warned that identity checks collected by exchanges are an attractive target',
];

/** `unit` repeated until the text reaches `bytes` (measured in UTF-8). */
export function repeatToSize(unit: string, bytes: number): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.max(1, Math.floor(bytes / unitBytes)));
}

/** Pieces from `next()` joined until the text reaches `bytes`. */
function buildToSize(bytes: number, next: (index: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = next(i);
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8');
  }
  return parts.join('');
}

/** Words cut into lines of about `width` characters, as a plain-text export wraps them. */
function wrap(words: string, width: number): string {
  const out: string[] = [];
  let line = 0;
  for (const word of words.split(' ')) {
    if (word === '') continue;
    if (line > 0 && line + word.length + 1 > width) {
      out.push('\n');
      line = 0;
    } else if (line > 0) {
      out.push(' ');
      line++;
    }
    out.push(word);
    line += word.length;
  }
  return out.join('');
}

function randomFigure(random: () => number): string {
  const forms = [
    () => `${Math.floor(random() * 1000)}`,
    () => `${Math.floor(random() * 100)},${Math.floor(random() * 10)}%`,
    () => `$${Math.floor(random() * 900) + 1} million`,
    () => `€${(random() * 100).toFixed(2)}`,
    () => `${Math.floor(random() * 9) + 1}.${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
    () => `${Math.floor(random() * 28) + 1} March ${1990 + Math.floor(random() * 35)}`,
    () => `${Math.floor(random() * 50)} km`,
    () => `${Math.floor(random() * 12) + 1}:${String(Math.floor(random() * 60)).padStart(2, '0')}`,
  ];
  return forms[Math.floor(random() * forms.length)]!();
}

export const FUZZ_CASES: readonly FuzzCase[] = [
  {
    name: 'long-line',
    description: 'prose on one line, no newline (issue #11 table: one line with no newline)',
    format: 'txt',
    generate: (bytes) => buildToSize(bytes, (i) => `${ENGLISH_SENTENCES[i % ENGLISH_SENTENCES.length]}. `),
  },
  {
    name: 'prose',
    description: 'ordinary news prose in paragraphs (the memory baseline)',
    format: 'txt',
    generate: (bytes) =>
      buildToSize(bytes, (i) => `${PROSE_SENTENCES[i % PROSE_SENTENCES.length]}${i % 7 === 6 ? '.\n\n' : '. '}`),
  },
  {
    name: 'long-sentence',
    description: 'one sentence of words, no punctuation, no newline',
    format: 'txt',
    generate: (bytes) => {
      const words = ENGLISH_SENTENCES.join(' ').toLowerCase().split(' ');
      return buildToSize(bytes, (i) => `${words[i % words.length]} `);
    },
  },
  {
    name: 'dots',
    description: '`.` repeated (issue #11 table)',
    format: 'txt',
    generate: (bytes) => repeatToSize('.', bytes),
  },
  {
    name: 'punctuation-run',
    description: 'mixed end marks and commas, no letters',
    format: 'txt',
    generate: (bytes) => repeatToSize('?!.…;:,.!?. ', bytes),
  },
  {
    name: 'dots-words',
    description: 'letters separated by full stops (`a.b.c.`)',
    format: 'txt',
    generate: (bytes) => repeatToSize('A.b.C.d.', bytes),
  },
  {
    name: 'figures-sentence',
    description: 'figures packed into one sentence (issue #11 table)',
    format: 'txt',
    generate: (bytes) => {
      const random = seededRandom(11);
      return `Figures: ${buildToSize(bytes, () => `${randomFigure(random)}, `)}end.`;
    },
  },
  {
    name: 'thousands-groups',
    description: '`1.000.000,00 ` repeated (issue #11 table; also 1M times, 13 MB, with --max-bytes 20mb)',
    format: 'txt',
    generate: (bytes) => repeatToSize('1.000.000,00 ', bytes),
    beyondLimit: [{ bytes: 13_000_000 + 64 * 1024, args: ['--max-bytes', '20mb'] }],
  },
  {
    name: 'digit-words-wrapped',
    description: '`1 ` repeated in wrapped lines (issue #11 table)',
    format: 'txt',
    generate: (bytes) => wrap(repeatToSize('1 ', bytes), 78),
  },
  {
    name: 'digit-run',
    description: 'one run of digits, no separator',
    format: 'txt',
    generate: (bytes) => repeatToSize('1234567890', bytes),
  },
  {
    name: 'separator-run',
    description: 'runs of separators (`,` `.` `-` `/` `:` spaces) between digits',
    format: 'txt',
    generate: (bytes) => repeatToSize('1,,,,2....3----4////5::::6    7 , . 8', bytes),
  },
  {
    name: 'scale-words',
    description: 'scale words after one number (`5 million billion thousand …`)',
    format: 'txt',
    generate: (bytes) => `It cost 5 ${repeatToSize('million billion thousand trillion ', bytes)}dollars.`,
  },
  {
    name: 'number-words',
    description: 'number words in one sentence (`twenty-one hundred and three …`)',
    format: 'txt',
    generate: (bytes) => `They counted ${repeatToSize('twenty-one hundred and three thousand four ', bytes)}people.`,
  },
  {
    name: 'nested-brackets',
    description: 'brackets nested deep (`((((…))))`)',
    format: 'txt',
    generate: (bytes) => {
      const depth = Math.max(1, Math.floor(bytes / 6));
      return `${'(['.repeat(Math.floor(depth / 2))}3 million${'])'.repeat(Math.floor(depth / 2))}. ${'(a '.repeat(depth)}`;
    },
  },
  {
    name: 'nested-quotes',
    description: 'quotes nested deep and unbalanced (`“‘«"…`)',
    format: 'txt',
    generate: (bytes) => repeatToSize('“‘«"He said. ', bytes),
  },
  {
    name: 'emoji',
    description: 'emoji ZWJ sequences and flags, no spaces',
    format: 'txt',
    generate: (bytes) => repeatToSize('👩‍👩‍👧‍👦🇮🇹🏳️‍🌈👍🏽', bytes),
  },
  {
    name: 'combining-marks',
    description: 'letters with long runs of combining marks',
    format: 'txt',
    generate: (bytes) => repeatToSize(`e${'\u0301\u0308\u0323'.repeat(20)} `, bytes),
  },
  {
    name: 'markdown-nesting',
    description: 'Markdown blockquotes and lists nested deep',
    format: 'md',
    generate: (bytes) => {
      const depth = Math.max(1, Math.floor(bytes / 4));
      const quotes = `${'> '.repeat(Math.floor(depth / 2))}Deep quote with 5 million.\n\n`;
      const lists = buildToSize(Math.floor(bytes / 2), (i) => `${'  '.repeat(i % 200)}- item ${i}\n`);
      return quotes + lists;
    },
  },
  {
    name: 'markdown-prose',
    description: 'an ordinary Markdown article: headings, emphasis, links, lists, code',
    format: 'md',
    generate: (bytes) =>
      buildToSize(bytes, (i) => {
        const sentence = ENGLISH_SENTENCES[i % ENGLISH_SENTENCES.length]!;
        const words = sentence.split(' ');
        const marked = `${words.slice(0, 3).join(' ')} **${words[3]}** ${words.slice(4, 7).join(' ')} [${words[7]}](https://example.com/${i}) ${words.slice(8).join(' ')}.`;
        if (i % 24 === 0) return `## Section ${i / 24 + 1}\n\n${marked}\n\n`;
        if (i % 24 === 12) return `- ${marked}\n- \`item ${i}\`\n\n`;
        return i % 3 === 2 ? `${marked}\n\n` : `${marked} `;
      }),
  },
  {
    name: 'markdown-inline',
    description: 'dense inline Markdown (emphasis, links, code) in one paragraph',
    format: 'md',
    generate: (bytes) => repeatToSize('a *b* [c](d) `e` **f** _g_ ', bytes),
  },
  {
    name: 'markdown-emphasis',
    description: 'unclosed Markdown emphasis and link brackets',
    format: 'md',
    generate: (bytes) => repeatToSize('*_[`a **b [c *d _', bytes),
  },
  {
    name: 'html-nesting',
    description: 'HTML elements nested deep',
    format: 'html',
    generate: (bytes) => {
      const depth = Math.max(1, Math.floor(bytes / 11));
      return `${'<div><b>'.repeat(Math.floor(depth / 2))}3 million${'</b></div>'.repeat(Math.floor(depth / 2))}`;
    },
  },
  {
    name: 'html-entities',
    description: 'HTML entities and unclosed tags',
    format: 'html',
    generate: (bytes) => repeatToSize('&amp;&#x31;&#49;&nbsp;<p><i>1.000 &lt;', bytes),
  },
];

export function findFuzzCase(name: string): FuzzCase | undefined {
  return FUZZ_CASES.find((fuzzCase) => fuzzCase.name === name);
}
