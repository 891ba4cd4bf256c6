/**
 * The schema of version 4, frozen: version 3's stores and one more, `starLearning` — per
 * business, what the on-device learner took from the owner's own stars (`utils/analysis/adapt.ts`).
 * Imports only the frozen earlier schemas. Never edit; a new version gets a new file.
 */
import type { DBSchema } from 'idb';
import type { SchemaV3 } from './schema-v3';

/** One business's star learner as version 4 stores it. */
export interface V4StarLearningRecord {
  businessKey: string;
  /** The learner's state: per language, how many star-rated reviews it learned from and its weights (base64 of Float32). */
  state: { version: 1; languages: Partial<Record<string, { count: number; weights: string }>> };
  /** The reviews it learned from (review keys), so a review seen again is not learned twice. */
  learned: string[];
  updatedAt: number;
}

export interface SchemaV4 extends DBSchema {
  businesses: SchemaV3['businesses'];
  snapshots: SchemaV3['snapshots'];
  reviews: SchemaV3['reviews'];
  alerts: SchemaV3['alerts'];
  aggregates: SchemaV3['aggregates'];
  days: SchemaV3['days'];
  starLearning: { key: string; value: V4StarLearningRecord };
}
