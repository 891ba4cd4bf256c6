/**
 * Build step: `snowball-stemmers` ships 24 stemmers in one file, and its `newStemmer` map keeps
 * every one of them alive, so the bundle carried all 24 (about 37 KB gzipped) for the five the
 * analysis uses. This drops the others from the module's source before it is bundled: each stemmer
 * is one block `var <name>Stemmer = function (_SnowballStemmerN) { … }(SnowballStemmer);` and one
 * entry `<name>: <name>Stemmer,` of the map. The kept stemmers are the same code, so they stem
 * exactly as before (unit test). A change in the file's layout stops the build instead of
 * shipping a broken module. Pure: source in, source out.
 */

/** The stemmers the analysis asks for (utils/analysis/model/features.ts). */
export const USED_STEMMERS: readonly string[] = ['english', 'french', 'german', 'russian', 'spanish'];

const BLOCK = /^ {4}var ([a-z]+)Stemmer = function \(_SnowballStemmer\d*\) \{$[\s\S]*?^ {4}\}\(SnowballStemmer\);$/gm;
const ENTRY = /^ {12}([a-z]+): \1Stemmer,?$/gm;

export function pruneStemmers(source: string, keep: readonly string[] = USED_STEMMERS): string {
  const found = [...source.matchAll(BLOCK)].map((m) => m[1]!);
  const missing = keep.filter((name) => !found.includes(name));
  if (found.length < keep.length || missing.length > 0)
    throw new Error(`snowball-stemmers changed: no stemmer block for ${missing.join(', ') || 'some languages'}; check pruneStemmers`);
  const pruned = source
    .replace(BLOCK, (block, name: string) => (keep.includes(name) ? block : ''))
    .replace(ENTRY, (entry, name: string) => (keep.includes(name) ? entry.replace(/,?$/, ',') : ''));
  for (const name of found)
    if (!keep.includes(name) && new RegExp(`\\b${name}Stemmer\\b`).test(pruned))
      throw new Error(`snowball-stemmers changed: ${name}Stemmer is still referenced; check pruneStemmers`);
  return pruned;
}
