import { compareNegation, negationVerdict } from '../../src/negation/scope.js';
import { readSide } from '../../src/negation/clauses.js';
import { negationLanguage } from '../../src/negation/languages.js';
const [en, it] = process.argv.slice(2) as [string, string];
for (const [t, l] of [[en, 'en'], [it, 'it']] as const) {
  const s = readSide(t, l, negationLanguage(l)!);
  console.log(l, s.cues.map((c) => `${c.word}@${c.at}${c.clausal ? '' : '(word)'}${c.litotes ? '(lit)' : ''}->[${c.heads.map((h) => s.words[h]).join(',')}]`).join(' '), 'implicit', s.implicitPositions.map((p) => s.words[p]).join(','), 'strong', s.strongImplicitCount);
}
const c = compareNegation(en, 'en', it, 'it');
console.log(JSON.stringify(c));
console.log('verdict', JSON.stringify(negationVerdict(en, 'en', it, 'it')));
