/**
 * The scoring engine shared by every language: lexicon lookup (exact words, then stems),
 * multi-word phrases, negation scope, intensifiers, contrast and concession, emoji, ALL CAPS,
 * "!!!", scare quotes and sarcasm markers, aspect-conditioned adjectives ("cold soup" vs "cold
 * beer"), domain rules for implicit complaints ("we waited 45 minutes"), and complaint themes
 * per clause. Pure and synchronous; packs are compiled once.
 */
import { emojiValence } from './emoji';
import type { LanguagePack } from './pack';
import type { ThemeHit, ThemeId } from './types';

interface Phrase {
  tokens: string[];
  score: number;
}

interface CompiledRule {
  pattern?: RegExp;
  score: number;
  tone?: number;
  theme?: ThemeId;
}

interface CompiledAspect {
  negative: Matcher;
  positive: Matcher;
  negativeScore: number;
  positiveScore: number;
  theme?: ThemeId;
}

/** Exact words plus prefix stems, with a cache of resolved tokens. */
class Matcher {
  private readonly exact = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  private readonly cache = new Map<string, number | null>();
  private maxStem = 0;
  constructor(
    entries: Iterable<[string, number]>,
    private readonly minStem: number,
  ) {
    for (const [key, value] of entries) {
      if (key.endsWith('*')) {
        const stem = key.slice(0, -1);
        this.stems.set(stem, value);
        this.maxStem = Math.max(this.maxStem, stem.length);
      } else this.exact.set(key, value);
    }
  }
  get(token: string): number | undefined {
    const hit = this.exact.get(token);
    if (hit !== undefined) return hit;
    if (this.stems.size === 0) return undefined;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached ?? undefined;
    let found: number | null = null;
    for (let len = Math.min(token.length, this.maxStem); len >= this.minStem; len--) {
      const stem = this.stems.get(token.slice(0, len));
      if (stem !== undefined) {
        found = stem;
        break;
      }
    }
    // Reviews reuse a small vocabulary; the cache is bounded all the same.
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(token, found);
    return found ?? undefined;
  }
  has(token: string): boolean {
    return this.get(token) !== undefined;
  }
}

export interface CompiledPack {
  pack: LanguagePack;
  words: Matcher;
  phrases: Map<string, Phrase[]>;
  /** For packs joined with '': phrase spelling (no spaces) → valence, and the longest spelling. */
  spelled: Map<string, number>;
  spelledMax: number;
  negators: Set<string>;
  excess: Set<string>;
  intensifiers: Map<string, number>;
  contrast: Map<string, string[][]>;
  concessive: Map<string, string[][]>;
  /** Sarcasm markers by their first word. */
  sarcasm: Map<string, string[][]>;
  /** Valence of a word after inflection and negation prefixes, cached. */
  lookups: Map<string, number | null>;
  aspects: Map<string, CompiledAspect>;
  aspectMatcher: Matcher;
  /** Trigger word (or stem) → index into `ruleGroups`: one lookup per word finds every rule it triggers. */
  ruleTriggers: Matcher;
  ruleGroups: CompiledRule[][];
  themes: Matcher;
  themeIds: ThemeId[];
}

function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Multi-word markers ("sin embargo") keyed by their first word. */
function markerIndex(list: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const entry of list) {
    const tokens = splitPhrase(entry);
    const first = tokens[0];
    if (!first) continue;
    map.set(first, [...(map.get(first) ?? []), tokens]);
  }
  return map;
}

function groupRules(pack: LanguagePack): { ruleTriggers: Matcher; ruleGroups: CompiledRule[][] } {
  const byTrigger = new Map<string, CompiledRule[]>();
  for (const rule of pack.rules)
    byTrigger.set(rule.trigger, [...(byTrigger.get(rule.trigger) ?? []), { pattern: rule.pattern, score: rule.score, tone: rule.tone, theme: rule.theme }]);
  const ruleGroups = [...byTrigger.values()];
  const shortest = Math.min(pack.minStem, ...pack.rules.map((r) => r.trigger.replace(/\*$/, '').length));
  return {
    ruleTriggers: new Matcher(
      [...byTrigger.keys()].map((trigger, i) => [trigger, i]),
      shortest,
    ),
    ruleGroups,
  };
}

export function compilePack(pack: LanguagePack): CompiledPack {
  const phrases = new Map<string, Phrase[]>();
  for (const [text, score] of Object.entries(pack.phrases)) {
    const tokens = splitPhrase(text);
    const first = tokens[0]?.replace(/\*$/, '');
    if (!first || tokens.length < 2) continue;
    const list = phrases.get(first) ?? [];
    list.push({ tokens, score });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    phrases.set(first, list);
  }
  const spelled = new Map<string, number>();
  let spelledMax = 0;
  if (pack.joiner === '') {
    for (const [text, score] of Object.entries(pack.phrases)) {
      const key = text.replace(/\s+/g, '');
      spelled.set(key, score);
      spelledMax = Math.max(spelledMax, key.length);
    }
  }
  const aspects = new Map<string, CompiledAspect>();
  const aspectEntries: Array<[string, number]> = [];
  pack.aspects.forEach((rule, index) => {
    const compiled: CompiledAspect = {
      negative: new Matcher(
        rule.negative.map((n) => [n, 1]),
        pack.minStem,
      ),
      positive: new Matcher(
        (rule.positive ?? []).map((n) => [n, 1]),
        pack.minStem,
      ),
      negativeScore: rule.negativeScore ?? -2,
      positiveScore: rule.positiveScore ?? 1,
      theme: rule.theme,
    };
    aspects.set(String(index), compiled);
    for (const adjective of rule.adjectives) aspectEntries.push([adjective, index]);
  });
  const themeEntries: Array<[string, number]> = [];
  const themeIds = Object.keys(pack.themes) as ThemeId[];
  themeIds.forEach((theme, index) => {
    for (const word of pack.themes[theme]) themeEntries.push([word, index]);
  });
  return {
    pack,
    words: new Matcher(Object.entries(pack.words), pack.minStem),
    phrases,
    spelled,
    spelledMax,
    negators: new Set(pack.negators),
    excess: new Set(pack.excess ?? []),
    intensifiers: new Map(Object.entries(pack.intensifiers)),
    contrast: markerIndex(pack.contrast),
    concessive: markerIndex(pack.concessive),
    sarcasm: markerIndex(pack.sarcasm),
    lookups: new Map(),
    aspects,
    aspectMatcher: new Matcher(aspectEntries, pack.minStem),
    ...groupRules(pack),
    themes: new Matcher(themeEntries, pack.minStem),
    themeIds,
  };
}

export type TokenKind = 'word' | 'emoji' | 'stop' | 'comma' | 'quote';

export interface Token {
  /** Lower-cased text. */
  text: string;
  kind: TokenKind;
  /** Written in capitals (and longer than one letter). */
  caps: boolean;
  /** For `stop` tokens: the number of "!" in it. */
  bangs: number;
}

export interface EngineResult {
  /** Sum of weighted valences (AFINN scale). */
  raw: number;
  /** Number of tokens and rules that carried sentiment. */
  hits: number;
  themes: ThemeHit[];
  /** Per theme the word lists found: the summed weighted score of its clauses, and of their sentences (for the learned theme polarity). */
  themeScores: Map<ThemeId, { clause: number; sentence: number }>;
  /** The most negative clause score, to notice a complaint inside a positive review. */
  worstClause: number;
  /** The signals the learned model is stacked on (see ./model): */
  signals: EngineSignals;
}

/** What the word lists saw, beyond the sum: for the learned model to weigh. */
export interface EngineSignals {
  /** The most positive weighted clause. */
  bestClause: number;
  /** The last clause that carried sentiment, weighted (after "but", it is often the verdict). */
  lastClause: number;
  /** Sum of the domain rules that fired ("we waited 45 minutes"). */
  rules: number;
  /** Sum of emoji valence. */
  emoji: number;
  /** Sentences read as sarcastic. */
  sarcasm: number;
  /** Valence words turned round by a negator. */
  negated: number;
  /** Tokens read by an aspect rule ("cold" beside "beer"), index → +1 or −1. */
  aspects: Map<number, number>;
}

interface Clause {
  score: number;
  weight: number;
  /** Index of its sentence. */
  sentence: number;
  themes: Set<ThemeId>;
  /** Theme-only tone from rules (`DomainRule.tone`), per theme; not part of `score`. */
  tones?: Map<ThemeId, number>;
  text: string[];
}

function matchesAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[start + k];
    const want = words[k]!;
    if (!token || token.kind !== 'word') return false;
    if (want.endsWith('*') ? !token.text.startsWith(want.slice(0, -1)) : token.text !== want) return false;
  }
  return true;
}

function markerLength(index: Map<string, string[][]>, tokens: readonly Token[], i: number): number {
  const candidates = index.get(tokens[i]!.text);
  if (!candidates) return 0;
  for (const words of candidates) if (matchesAt(tokens, i, words)) return words.length;
  return 0;
}

/**
 * Scores tokens with a compiled pack. `sentences` are token ranges split at . ! ? ; and line
 * breaks; clauses further split at commas and contrast words.
 */
export function scoreTokens(compiled: CompiledPack, tokens: readonly Token[]): EngineResult {
  const { pack } = compiled;
  const clauses: Clause[] = [];
  let sentenceIndex = 0;
  let clause: Clause = { score: 0, weight: 1, sentence: 0, themes: new Set(), text: [] };
  let excess = 0;
  let sentenceStart = 0;
  let hits = 0;
  let negation = 0;
  let boost = 1;
  let boostLeft = 0;
  let quoted = false;
  let sarcastic = false;
  let nextWeight = 1;
  const sentenceClauses: Clause[] = [];
  const signals: EngineSignals = { bestClause: 0, lastClause: 0, rules: 0, emoji: 0, sarcasm: 0, negated: 0, aspects: new Map() };

  const endClause = (): void => {
    clauses.push(clause);
    sentenceClauses.push(clause);
    clause = { score: 0, weight: nextWeight, sentence: sentenceIndex, themes: new Set(), text: [] };
    negation = 0;
    excess = 0;
    boost = 1;
    boostLeft = 0;
  };

  const endSentence = (bangs: number): void => {
    endClause();
    // "!!!" strengthens whatever the sentence said.
    if (bangs > 0) for (const c of sentenceClauses) c.score *= 1 + 0.15 * Math.min(bangs, 4);
    if (sarcastic) {
      signals.sarcasm++;
      for (const c of sentenceClauses) if (c.score > 0) c.score = -0.8 * c.score;
    }
    sentenceClauses.length = 0;
    sarcastic = false;
    clause.sentence = ++sentenceIndex;
    // Scare quotes close within their sentence: a stray quotation mark does not taint the rest.
    quoted = false;
    nextWeight = 1;
    clause.weight = 1;
  };

  const hasSarcasm = (i: number): boolean => markerLength(compiled.sarcasm, tokens, i) > 0;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'stop') {
      endSentence(token.bangs);
      sentenceStart = i + 1;
      continue;
    }
    if (token.kind === 'comma') {
      endClause();
      continue;
    }
    if (token.kind === 'quote') {
      quoted = !quoted;
      continue;
    }
    if (token.kind === 'emoji') {
      const v = emojiValence(token.text);
      if (v !== 0) {
        clause.score += v;
        signals.emoji += v;
        hits++;
      }
      continue;
    }
    clause.text.push(token.text);
    if (hasSarcasm(i)) {
      sarcastic = true;
      clause.score -= 1;
      hits++;
    }
    // Phrases first: "never again", "won't be back", "не советую", "再也不来".
    let valence: number | undefined;
    let consumed = 1;
    const candidates = compiled.spelled.size > 0 ? undefined : compiled.phrases.get(token.text);
    if (compiled.spelled.size > 0) {
      const found = spelledPhrase(compiled, tokens, i);
      if (found) {
        valence = found.score;
        consumed = found.tokens;
      }
    }
    if (candidates) {
      for (const phrase of candidates) {
        if (matchesAt(tokens, i, phrase.tokens)) {
          valence = phrase.score;
          consumed = phrase.tokens.length;
          // "ne … pas dormi", "no pegamos ojo": a phrase that starts with a negator carries its
          // own negation; one seen just before it ("ne") does not turn it round again.
          if (compiled.negators.has(phrase.tokens[0]!)) negation = 0;
          break;
        }
      }
    }
    if (valence === undefined) {
      // Contrast: "A but B" — B counts 1.5×, A 0.5×. At a sentence start it reaches back to the previous sentence.
      const contrast = markerLength(compiled.contrast, tokens, i);
      if (contrast > 0) {
        if (i === sentenceStart && clauses.length > 0) clauses[clauses.length - 1]!.weight *= 0.5;
        for (const c of sentenceClauses) c.weight *= 0.5;
        clause.weight *= 0.5;
        nextWeight = 1.5;
        endClause();
        nextWeight = 1;
        i += contrast - 1;
        continue;
      }
      const concession = markerLength(compiled.concessive, tokens, i);
      if (concession > 0) {
        clause.weight *= 0.5;
        i += concession - 1;
        continue;
      }
      if (compiled.negators.has(token.text)) {
        negation = pack.negationScope;
        continue;
      }
      if (compiled.excess.has(token.text)) {
        excess = 2;
        continue;
      }
      const intensity = compiled.intensifiers.get(token.text);
      if (intensity !== undefined) {
        boost *= intensity;
        boostLeft = 2;
        continue;
      }
    }
    if (valence === undefined) {
      const aspect = compiled.aspectMatcher.get(token.text);
      if (aspect !== undefined) valence = aspectValence(compiled, tokens, i, aspect, clause);
      if (valence !== undefined && valence !== 0) signals.aspects.set(i, Math.sign(valence));
    }
    valence ??= lookup(compiled, token.text);
    if (excess > 0) {
      // "too strong", "trop forte": excess is a complaint; the first unlisted word after the marker counts mildly so.
      if (valence !== undefined && valence !== 0) valence = -Math.max(1.5, Math.abs(valence));
      else if (excess === 2) valence = -1.5;
      excess = valence !== undefined && valence !== 0 ? 0 : excess - 1;
    }
    const theme = compiled.themes.get(token.text);
    if (theme !== undefined) clause.themes.add(compiled.themeIds[theme]!);
    if (valence !== undefined && valence !== 0) {
      let v = valence * boost;
      if (token.caps) v *= 1.3;
      // Scare quotes: a "fresh" fish is not fresh.
      if (quoted && v > 0) v = -0.8 * v;
      if (negation > 0) {
        v = v > 0 ? -0.8 * v : -0.4 * v;
        signals.negated++;
      }
      clause.score += v;
      hits++;
      boost = 1;
      boostLeft = 0;
    } else if (boostLeft > 0 && --boostLeft === 0) boost = 1;
    if (negation > 0) negation = Math.max(0, negation - consumed);
    i += consumed - 1;
  }
  endSentence(0);

  // Domain rules ("we waited 45 minutes", "charged twice") and themes per clause.
  const byTheme = new Map<ThemeId, number>();
  const themeSentences = new Map<ThemeId, Set<number>>();
  const bySentence = new Map<number, number>();
  let raw = 0;
  let worstClause = 0;
  for (const c of clauses) {
    if (c.text.length === 0 && c.score === 0) continue;
    let triggered: Set<number> | undefined;
    for (const t of c.text) {
      const group = compiled.ruleTriggers.get(t);
      if (group !== undefined) (triggered ??= new Set()).add(group);
    }
    if (triggered) {
      const clauseText = c.text.join(pack.joiner ?? ' ');
      for (const group of triggered) {
        for (const rule of compiled.ruleGroups[group]!) {
          if (rule.pattern && !rule.pattern.test(clauseText)) continue;
          c.score += rule.score;
          signals.rules += rule.score;
          // A rule of score 0 only names its clause's theme ("время ожидания"): no sentiment signal.
          if (rule.score !== 0) hits++;
          if (rule.theme) c.themes.add(rule.theme);
          if (rule.theme && rule.tone) (c.tones ??= new Map()).set(rule.theme, (c.tones.get(rule.theme) ?? 0) + rule.tone);
        }
      }
    }
    const weighted = c.score * c.weight;
    raw += weighted;
    worstClause = Math.min(worstClause, weighted);
    signals.bestClause = Math.max(signals.bestClause, weighted);
    if (weighted !== 0) signals.lastClause = weighted;
    bySentence.set(c.sentence, (bySentence.get(c.sentence) ?? 0) + weighted);
    for (const theme of c.themes) {
      byTheme.set(theme, (byTheme.get(theme) ?? 0) + weighted + (c.tones?.get(theme) ?? 0));
      (themeSentences.get(theme) ?? themeSentences.set(theme, new Set()).get(theme)!).add(c.sentence);
    }
  }
  const themes: ThemeHit[] = [];
  const themeScores = new Map<ThemeId, { clause: number; sentence: number }>();
  for (const [theme, clauseScore] of byTheme) {
    let sentence = 0;
    for (const s of themeSentences.get(theme) ?? []) sentence += bySentence.get(s) ?? 0;
    themeScores.set(theme, { clause: clauseScore, sentence });
    // A theme named in a clause that says nothing either way takes the tone of its sentence.
    const score = Math.abs(clauseScore) < 0.5 ? clauseScore + sentence : clauseScore;
    themes.push({ theme, polarity: score <= -0.5 ? -1 : score >= 0.5 ? 1 : 0 });
  }
  return { raw, hits, themes, themeScores, worstClause, signals };
}

/** Chinese phrases: the longest run of word tokens from `i` whose characters spell a phrase. */
function spelledPhrase(compiled: CompiledPack, tokens: readonly Token[], i: number): { score: number; tokens: number } | undefined {
  let text = '';
  let best: { score: number; tokens: number } | undefined;
  for (let k = i; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') break;
    text += token.text;
    if (text.length > compiled.spelledMax) break;
    // A phrase, or a listed word the segmenter cut in two ("态度" + "恶劣").
    const score = k > i ? (compiled.spelled.get(text) ?? compiled.words.get(text)) : undefined;
    if (score !== undefined) best = { score, tokens: k - i + 1 };
  }
  return best;
}

/** A word's valence: listed, inflected or negated by a prefix; cached per pack. */
function lookup(compiled: CompiledPack, text: string): number | undefined {
  const direct = compiled.words.get(text);
  if (direct !== undefined) return direct;
  const cached = compiled.lookups.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const value = inflected(compiled, text) ?? prefixNegated(compiled, text) ?? null;
  if (compiled.lookups.size > 50_000) compiled.lookups.clear();
  compiled.lookups.set(text, value);
  return value ?? undefined;
}

/** A listed word under a regular inflection ("recommends", "enjoyably"). */
function inflected(compiled: CompiledPack, text: string): number | undefined {
  const suffixes = compiled.pack.suffixes;
  if (!suffixes || text.length < 5) return undefined;
  for (const [ending, replacement] of suffixes) {
    if (!text.endsWith(ending)) continue;
    const base = text.slice(0, text.length - ending.length) + replacement;
    if (base.length < 3) continue;
    const value = compiled.words.get(base);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** 不好 when only 好 is listed: the rest of the token, negated. */
function prefixNegated(compiled: CompiledPack, text: string): number | undefined {
  for (const prefix of compiled.pack.negationPrefixes ?? []) {
    if (text.length <= prefix.length || !text.startsWith(prefix)) continue;
    const rest = compiled.words.get(text.slice(prefix.length));
    if (rest !== undefined) return rest > 0 ? -0.8 * rest : -0.4 * rest;
  }
  return undefined;
}

/** The valence of an aspect adjective from the nouns within three words of it. */
function aspectValence(compiled: CompiledPack, tokens: readonly Token[], i: number, index: number, clause: Clause): number | undefined {
  const aspect = compiled.aspects.get(String(index))!;
  for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 3); k++) {
    if (k === i) continue;
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.kind === 'stop') {
        if (k < i) continue;
        break;
      }
      continue;
    }
    if (aspect.negative.has(t.text)) {
      if (aspect.theme) clause.themes.add(aspect.theme);
      return aspect.negativeScore;
    }
    if (aspect.positive.has(t.text)) return aspect.positiveScore;
  }
  return undefined;
}
