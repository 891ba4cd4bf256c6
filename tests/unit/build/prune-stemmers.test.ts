import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { STEMMERS } from '@/utils/analysis/model/features';
import { USED_STEMMERS, pruneStemmers } from '@/utils/build/prune-stemmers';

const source = readFileSync(createRequire(import.meta.url).resolve('snowball-stemmers'), 'utf8');

/** The module as the bundle gets it: the pruned source, loaded from a file of its own. */
function load(code: string): { newStemmer: typeof newStemmer } {
  const file = join(mkdtempSync(join(tmpdir(), 'rs-stemmers-')), 'snowball-stemmers.js');
  writeFileSync(file, code);
  return createRequire(import.meta.url)(file) as { newStemmer: typeof newStemmer };
}

// Words written for this test, with endings each stemmer strips.
const WORDS: Record<string, string[]> = {
  english: ['waiting', 'waited', 'friendliness', 'overpriced', 'generously', 'cancellations'],
  french: ['attendions', 'chaleureusement', 'remboursement', 'serveuses', 'délicieuses'],
  german: ['Wartezeiten', 'freundlichen', 'Bedienungen', 'enttäuschend', 'Zimmermädchen'],
  russian: ['ожидание', 'официантами', 'вежливыми', 'переплатили', 'расстроились'],
  spanish: ['esperábamos', 'amablemente', 'camareros', 'deliciosas', 'reembolsaron'],
};

describe('the bundle keeps only the stemmers the analysis uses', () => {
  const pruned = pruneStemmers(source);

  it('keeps every stemmer the analysis asks for', () => {
    for (const algorithm of Object.values(STEMMERS)) expect(USED_STEMMERS).toContain(algorithm);
  });

  it('stems exactly as the full module does, and drops the rest', () => {
    const small = load(pruned);
    for (const [algorithm, words] of Object.entries(WORDS)) {
      const full = newStemmer(algorithm);
      const kept = small.newStemmer(algorithm);
      for (const word of words) expect(kept.stem(word.toLowerCase())).toBe(full.stem(word.toLowerCase()));
    }
    expect(() => small.newStemmer('italian')).toThrow();
    expect(pruned.length).toBeLessThan(source.length / 2);
    expect(pruned).not.toMatch(/italianStemmer|turkishStemmer|arabicStemmer/);
  });

  it('stops the build when the module’s layout changed', () => {
    expect(() => pruneStemmers(source.replace(/var frenchStemmer = function/, 'let frenchStemmer = function'))).toThrow(/snowball-stemmers changed/);
    expect(() => pruneStemmers('module.exports = {};')).toThrow(/snowball-stemmers changed/);
  });
});
