import { readFileSync } from 'node:fs';
import { compareNegation } from '../../src/negation/scope.js';
import { readSide } from '../../src/negation/clauses.js';
import { negationLanguage } from '../../src/negation/languages.js';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n');
const kindWanted = process.argv[3];
const seen = new Set<string>();
for (let i = 0; i < lines.length; i++) {
  const m = /\[miss (\S+) (\S+) (\S+) seed \d\] .*? in “(.*)”$/.exec(lines[i]!);
  if (!m || (kindWanted && m[1] !== kindWanted)) continue;
  const src = /^    source: (.*)$/.exec(lines[i + 1] ?? '')?.[1] ?? '';
  const it = m[4]!;
  if (seen.has(it)) continue; seen.add(it);
  const desc = (t: string, l: 'en' | 'it') => { const s = readSide(t, l, negationLanguage(l)!); return s.cues.map((c) => `${c.word}${c.clausal ? '' : '(w)'}${c.litotes ? '(lit)' : ''}[${c.heads.map((h) => s.words[h]).join(',')}]`).join(' ') + (s.implicitPositions.length ? ' imp:' + s.implicitPositions.map((p) => s.words[p]).join(',') : ''); };
  const c = compareNegation(src, 'en', it, 'it')!;
  const k = (x: typeof c.source) => `n${x.negations}c${x.clausal}i${x.implicit}s${x.strongImplicit}${x.question ? 'Q' : ''}u${x.unresolved}`;
  console.log(`${m[1]} ${m[3]}\n  EN ${k(c.source)} ${desc(src, 'en')}\n  IT ${k(c.target)} ${desc(it, 'it')}\n  mm ${c.mismatches.map((x) => `${x.side}:${x.cue}:${x.word}->${x.counterpart}`).join(' ')}`);
}
