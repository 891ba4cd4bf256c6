/**
 * `npm run eval:adapt [-- FILE.jsonl …]` — replay of learning from the owner's stars
 * (utils/analysis/adapt.ts). Per language, the lines of each business (here: each `business`
 * type, in file order as the order of dates) are split: the learner learns from the stars of the
 * earlier 70%, and the later 30% are judged with and without it (binary accuracy against the
 * label). Without a file it replays the final test round, whose stars the shipped model never saw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StarLearner } from '@/utils/analysis/adapt';
import { readWithWordLists } from '@/utils/analysis';
import { modelLogit } from '@/utils/analysis/model';
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from '@/utils/analysis/types';
import { ROOT } from '../support/browser';

interface Line {
  text: string;
  label: string;
  lang: AnalysisLanguage;
  business?: string;
  stars?: number;
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const lines = (files.length > 0 ? files : ANALYSIS_LANGUAGES.map((l) => join(ROOT, 'tests', 'sentiment', 'final', `${l}.test.jsonl`))).flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line),
);
console.log(`${'lang'.padEnd(6)} ${'learned'.padStart(7)} ${'judged'.padStart(6)}  model  adapted  gain`);
for (const lang of ANALYSIS_LANGUAGES) {
  const mine = lines.filter((l) => l.lang === lang);
  if (mine.length === 0) continue;
  const byBusiness = new Map<string, Line[]>();
  for (const l of mine) byBusiness.set(l.business ?? '', [...(byBusiness.get(l.business ?? '') ?? []), l]);
  const learner = new StarLearner();
  const judged: Line[] = [];
  for (const group of byBusiness.values()) {
    const cut = Math.round(group.length * 0.7);
    for (const l of group.slice(0, cut)) if (l.stars !== undefined) learner.learn(l.text, lang, l.stars);
    judged.push(...group.slice(cut).filter((l) => l.label !== 'neutral'));
  }
  let before = 0;
  let after = 0;
  for (const l of judged) {
    const { tokens, result, pack } = readWithWordLists(l.text, lang);
    const z = modelLogit(lang, tokens, result, pack.negators, pack.pack.negationScope);
    const adapted = learner.logit(l.text, lang) ?? z;
    if (z > 0 === (l.label === 'positive')) before++;
    if (adapted > 0 === (l.label === 'positive')) after++;
  }
  const n = Math.max(1, judged.length);
  console.log(
    `${lang.padEnd(6)} ${String(learner.count(lang)).padStart(7)} ${String(judged.length).padStart(6)}  ${(before / n).toFixed(3)}  ${(after / n).toFixed(3)}  ${learner.ready(lang) ? ((after - before) / n >= 0 ? '+' : '') + ((after - before) / n).toFixed(3) : 'not ready (fewer than 150 star-rated reviews)'}`,
  );
}
