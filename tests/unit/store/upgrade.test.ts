/**
 * Upgrading real databases of every earlier version. Each `tests/fixtures/db/vN/` holds the
 * object stores exactly as version N wrote them (made once, by that version's own code); the test
 * loads them into a database built with version N's frozen schema and opens it with today's code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { DEFAULT_ALERT_SETTINGS } from '@/utils/alerts/rules';
import { dayOf } from '@/utils/reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate } from '@/utils/store/contributions';
import { openSentinelDb, type SentinelDatabase } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import type { SchemaV1 } from '@/utils/store/migrations/schema-v1';
import type { SchemaV2 } from '@/utils/store/migrations/schema-v2';
import type { SchemaV3 } from '@/utils/store/migrations/schema-v3';
import type { SchemaV4 } from '@/utils/store/migrations/schema-v4';
import { migrateToV1 } from '@/utils/store/migrations/v1';
import { migrateToV2 } from '@/utils/store/migrations/v2';
import { migrateToV3 } from '@/utils/store/migrations/v3';
import { migrateToV4 } from '@/utils/store/migrations/v4';
import { loadBusinessSummary } from '@/utils/store/read-models';
import { countUnread } from '@/utils/store/queries';
import { DERIVED_VERSION } from '@/utils/store/rebuild-derived';
import { fingerprintOf } from '@/utils/store/second-match';
import { learnFromStoredStars, loadStarLearner } from '@/utils/store/star-learning';
import { DB_VERSION, type AggregateRecord, type DayRecord, type ReviewRecord } from '@/utils/store/schema';
import { DAY, HOUR } from '@/utils/time';
import { OK_HEALTH } from '../../support/factories';

const FIXTURES = 'tests/fixtures/db';
const MIGRATIONS = 'utils/store/migrations';
const CAFE = 'yelp:cafe-lumen-portland';
const BISTRO = 'google-maps:0x54950b0b3b5a5a5b:0x9c1f3e1b2a7d4c11';
/** The last moment the fixtures' history records. */
const FIXTURE_NOW = 1_792_233_000_000;

type Dump = Record<string, Array<Record<string, unknown>>>;

/** `folder`: another history written by the same version (`v2-ru`). */
function readFixture(version: number, folder = `v${version}`): Dump {
  const dir = `${FIXTURES}/${folder}`;
  expect(JSON.parse(readFileSync(`${dir}/version.json`, 'utf8'))).toEqual({ version });
  const dump: Dump = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'version.json'))
    dump[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Array<Record<string, unknown>>;
  return dump;
}

type VersionChange<S extends SchemaV1 | SchemaV2 | SchemaV3 | SchemaV4> = IDBPTransaction<S, StoreNames<S>[], 'versionchange'>;

/** Builds an empty database of each old version with the ladder's frozen steps up to it. */
const BUILD: Record<number, (name: string) => Promise<IDBPDatabase<SchemaV1> | IDBPDatabase<SchemaV2> | IDBPDatabase<SchemaV3> | IDBPDatabase<SchemaV4>>> = {
  1: (name) => openDB<SchemaV1>(name, 1, { upgrade: (db) => migrateToV1(db) }),
  2: (name) =>
    openDB<SchemaV2>(name, 2, {
      async upgrade(db, _old, _new, tx: VersionChange<SchemaV2>) {
        migrateToV1(db as unknown as IDBPDatabase<SchemaV1>);
        await migrateToV2(db, tx);
      },
    }),
  3: (name) =>
    openDB<SchemaV3>(name, 3, {
      async upgrade(db, _old, _new, tx: VersionChange<SchemaV3>) {
        migrateToV1(db as unknown as IDBPDatabase<SchemaV1>);
        await migrateToV2(db as unknown as IDBPDatabase<SchemaV2>, tx as unknown as VersionChange<SchemaV2>);
        await migrateToV3(tx);
      },
    }),
  4: (name) =>
    openDB<SchemaV4>(name, 4, {
      async upgrade(db, _old, _new, tx: VersionChange<SchemaV4>) {
        migrateToV1(db as unknown as IDBPDatabase<SchemaV1>);
        await migrateToV2(db as unknown as IDBPDatabase<SchemaV2>, tx as unknown as VersionChange<SchemaV2>);
        await migrateToV3(tx as unknown as VersionChange<SchemaV3>);
        migrateToV4(db);
      },
    }),
};

/** What version 3 adds to a review of an earlier version: its fingerprint, the same as a capture computes today. */
function withFingerprint(r: Record<string, unknown>): Record<string, unknown> {
  return { ...r, fingerprint: fingerprintOf({ author: r.author as string, text: r.text as string }) };
}

/** Writes the dump as version N stored it, then opens the database with today's code. */
async function upgradeFixture(version: number, dump: Dump): Promise<SentinelDatabase> {
  const name = `fixture-v${version}-${Date.now()}-${Math.random()}`;
  const old = await BUILD[version]!(name);
  expect([...old.objectStoreNames].sort()).toEqual(Object.keys(dump).sort());
  // Records are schemaless to IndexedDB; the stores and indexes are version N's.
  const raw = old as unknown as IDBPDatabase;
  const tx = raw.transaction(Object.keys(dump), 'readwrite');
  await Promise.all(Object.entries(dump).flatMap(([store, records]) => records.map((r) => tx.objectStore(store).put(r))));
  await tx.done;
  old.close();
  return openSentinelDb(name);
}

async function expectCountsEqualRecount(db: SentinelDatabase): Promise<void> {
  const reviews = await db.getAll('reviews');
  const businesses = await db.getAllKeys('businesses');
  expect((await db.getAllKeys('aggregates')).sort()).toEqual([...new Set(reviews.map((r) => r.businessKey))].sort());
  for (const key of businesses) {
    const mine = reviews.filter((r) => r.businessKey === key);
    expect(await db.get('aggregates', key)).toEqual(mine.reduce<AggregateRecord>((a, r) => applyToAggregate(a, r, 1), emptyAggregate(key)));
    const days = new Map<number, DayRecord>();
    for (const r of mine) days.set(dayOf(r.at), applyToDay(days.get(dayOf(r.at)), r, 1));
    const stored = await db.getAll('days', IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
    expect(stored).toHaveLength(days.size);
    for (const d of stored) {
      const want = days.get(d.day)!;
      expect({ ...d, sentimentSum: 0 }).toEqual({ ...want, sentimentSum: 0 });
      expect(d.sentimentSum).toBeCloseTo(want.sentimentSum, 9);
    }
  }
}

/**
 * What the owner sees after the upgrade: the same as before it. `bistroNegatives`: version 1's
 * analysis read the bistro's 3★ ("the waiter forgot our drinks twice") as neutral, version 2's as
 * negative; each stored verdict is kept until the review is captured again.
 */
async function expectViewsAsBefore(db: SentinelDatabase, bistroNegatives: number): Promise<void> {
  const summary = (await loadBusinessSummary(db, CAFE, FIXTURE_NOW))!;
  expect(summary).toMatchObject({ total: 7, negatives: 5, positives: 2, unread: 1, unanswered: 3 });
  expect(summary.business).toMatchObject({ name: 'Café Lumen', role: 'mine', reviewCount: 212 });
  expect(summary.attention[0]?.key).toBe('yelp:hRvQ8xk2LmN0aPq3');
  expect(await countUnread(db)).toBe(1);
  const bistro = (await loadBusinessSummary(db, BISTRO, FIXTURE_NOW))!;
  expect(bistro).toMatchObject({ total: 4, negatives: bistroNegatives, unread: 0 });
}

describe('the frozen fixtures', () => {
  it('exist for every version up to today, each with a step of the ladder', () => {
    const db = readFileSync('utils/store/db.ts', 'utf8');
    for (let v = 1; v <= DB_VERSION; v++) {
      expect(existsSync(`${FIXTURES}/v${v}/version.json`), `fixture v${v}`).toBe(true);
      expect(existsSync(`${MIGRATIONS}/v${v}.ts`) && existsSync(`${MIGRATIONS}/schema-v${v}.ts`), `step v${v}`).toBe(true);
      expect(db).toContain(`if (oldVersion < ${v}`);
      expect(BUILD[v], `builder of v${v}`).toBeDefined();
    }
    expect(DERIVED_VERSION).toBeLessThanOrEqual(DB_VERSION);
  });
});

describe('the migration steps are frozen', () => {
  it('import only idb and the frozen schema of their own version or an earlier one', () => {
    const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBe(2 * DB_VERSION);
    for (const file of files) {
      const version = Number(/v(\d+)\.ts$/.exec(file)?.[1]);
      const imports = [...readFileSync(`${MIGRATIONS}/${file}`, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const source of imports) {
        const schema = /^\.\/schema-v(\d+)$/.exec(source);
        const allowed = source === 'idb' || (schema !== null && (file.startsWith('schema-') ? Number(schema[1]) < version : Number(schema[1]) <= version));
        expect(allowed, `${file} imports ${source}`).toBe(true);
      }
    }
  });
});

describe('upgrading a version 1 database', () => {
  it('dates every review, keeps every record, and builds counts equal to a recount', async () => {
    const dump = readFixture(1);
    expect(dump.reviews!.some((r) => 'at' in r)).toBe(false);
    const db = await upgradeFixture(1, dump);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('businesses')).toEqual(dump.businesses);
    expect(await db.getAll('snapshots')).toEqual(dump.snapshots);
    expect(await db.getAll('alerts')).toEqual(dump.alerts);
    const reviews = await db.getAll('reviews');
    expect(reviews).toHaveLength(11);
    expect(reviews).toEqual(dump.reviews!.map((r) => withFingerprint({ ...r, at: r.publishedAt ?? r.firstSeenAt })));
    await expectCountsEqualRecount(db);
    await expectViewsAsBefore(db, 2);
    // The new indexes answer: the café's reviews filed in its last 30 days.
    const recent = await db.getAllFromIndex('reviews', 'byBusinessAt', IDBKeyRange.bound([CAFE, FIXTURE_NOW - 30 * DAY], [CAFE, Infinity]));
    expect(recent.map((r) => r.key).sort()).toEqual(['yelp:Kp3Lm8Nq2Rs5Tu6V', 'yelp:Mm1Nn2Oo3Pp4Qq5R', 'yelp:Zx9Wc1bT7uYi4oPe', 'yelp:hRvQ8xk2LmN0aPq3']);
    expect((await db.getAllFromIndex('businesses', 'byLastChecked')).map((b) => b.key)).toEqual([CAFE, BISTRO]);
    db.close();
  });

  it('keeps working after the upgrade: a new negative alerts once, an old analysis is redone, the counts stay right', async () => {
    const db = await upgradeFixture(1, readFixture(1));
    const now = FIXTURE_NOW + 2 * DAY;
    const text = 'Отличный кофе и очень вежливый персонал!';
    const reviews = [
      {
        siteReviewId: 'Gg6Hh7Ii8Jj9Kk0L',
        author: 'Пётр',
        rating: 5,
        lang: 'ru',
        text,
        truncated: false,
        publishedAt: Date.UTC(2026, 7, 4),
        datePrecision: 'day' as const,
      },
      {
        siteReviewId: 'Yy1Zz2Aa3Bb4Cc5D',
        author: 'Noor',
        rating: 1,
        lang: 'en',
        text: 'Burnt espresso and a sticky table. Not coming back.',
        truncated: false,
        publishedAt: now - HOUR,
        datePrecision: 'day' as const,
      },
    ];
    const result = await ingestCapture(db, {
      site: 'yelp',
      visitId: 'visit-cafe-4',
      business: {
        siteBusinessId: 'cafe-lumen-portland',
        name: 'Café Lumen',
        url: 'https://www.yelp.com/biz/cafe-lumen-portland',
        rating: 4.2,
        reviewCount: 216,
      },
      health: OK_HEALTH,
      reviews: reviews.map((review) => ({ review, analysis: analyzeReview({ text: review.text, rating: review.rating, langHint: review.lang }) })),
      now,
      alertSettings: DEFAULT_ALERT_SETTINGS,
    });
    expect(result).toMatchObject({ baseline: false, added: 1, updated: 1 });
    expect(result.alert?.reviewKeys).toEqual(['yelp:Yy1Zz2Aa3Bb4Cc5D']);
    const redone = (await db.get('reviews', 'yelp:Gg6Hh7Ii8Jj9Kk0L')) as ReviewRecord;
    expect(redone.analysis).toEqual(analyzeReview({ text, rating: 5, langHint: 'ru' }));
    expect(redone.analysis.label).toBe('positive');
    expect(await countUnread(db)).toBe(2);
    await expectCountsEqualRecount(db);
    db.close();
  });
});

describe('upgrading a version 2 database', () => {
  it('fingerprints every review and changes nothing else; its counts equal a recount', async () => {
    const dump = readFixture(2);
    expect(dump.reviews!.some((r) => 'fingerprint' in r)).toBe(false);
    const db = await upgradeFixture(2, dump);
    expect(db.version).toBe(DB_VERSION);
    for (const store of ['businesses', 'snapshots', 'alerts', 'aggregates', 'days'] as const) expect(await db.getAll(store)).toEqual(dump[store]);
    expect(await db.getAll('reviews')).toEqual(dump.reviews!.map(withFingerprint));
    await expectCountsEqualRecount(db);
    await expectViewsAsBefore(db, 3);
    db.close();
    await deleteDB(db.name);
  });
});

describe('upgrading a version 3 database', () => {
  it('changes no record and adds the empty store of star learners; its counts equal a recount', async () => {
    const dump = readFixture(3);
    const db = await upgradeFixture(3, dump);
    for (const store of ['businesses', 'snapshots', 'reviews', 'alerts', 'aggregates', 'days'] as const) expect(await db.getAll(store)).toEqual(dump[store]);
    expect(await db.getAll('starLearning')).toEqual([]);
    await expectCountsEqualRecount(db);
    await expectViewsAsBefore(db, 3);
    // The next capture's learning fills it from the reviews version 3 stored: the café's 7 (six with stars in English, one in Russian).
    await learnFromStoredStars(db, CAFE, FIXTURE_NOW + DAY);
    const learned = (await db.get('starLearning', CAFE))!;
    expect(learned.learned.sort()).toEqual(
      dump
        .reviews!.filter((r) => r.businessKey === CAFE)
        .map((r) => r.key as string)
        .sort(),
    );
    expect(Object.values(learned.state.languages).reduce((n, l) => n + l!.count, 0)).toBe(7);
    db.close();
    await deleteDB(db.name);
  });
});

describe('opening a version 4 database', () => {
  it('changes no record, star learners included, and its counts equal a recount', async () => {
    const dump = readFixture(4);
    expect(dump.starLearning!.map((r) => r.businessKey).sort()).toEqual([BISTRO, CAFE].sort());
    const db = await upgradeFixture(4, dump);
    for (const store of ['businesses', 'snapshots', 'reviews', 'alerts', 'aggregates', 'days', 'starLearning'] as const)
      expect(await db.getAll(store)).toEqual(dump[store]);
    await expectCountsEqualRecount(db);
    // Version 4's rules of the day summarised the bistro's negative of the week before its first visit ('recent', unread).
    expect(await countUnread(db)).toBe(dump.reviews!.filter((r) => r.unread === 1).length);
    expect(await loadBusinessSummary(db, CAFE, FIXTURE_NOW)).toMatchObject({ total: 7, negatives: 5, positives: 2, unread: 1, unanswered: 3 });
    // The café's learner is read back as it was stored: the same adjustment after the reload.
    const stored = dump.starLearning!.find((r) => r.businessKey === CAFE)!;
    const learner = await loadStarLearner(db, CAFE);
    expect(learner.toJSON()).toEqual(stored.state);
    db.close();
    await deleteDB(db.name);
  });
});

describe('upgrading a version 2 database that holds Yandex Maps and 2GIS reviews', () => {
  const YANDEX = 'yandex-maps:1018907821';
  const TWO_GIS = '2gis:70000001018123456';
  /** The last moment the v2-ru history records (visit 2 of 2GIS). */
  const RU_NOW = Date.UTC(2026, 10, 12, 8, 15);

  it("merges each review version 2 stored twice into one under the site's id, keeps the look-alikes apart, and counts again", async () => {
    const dump = readFixture(2, 'v2-ru');
    expect(dump.reviews).toHaveLength(11);
    const db = await upgradeFixture(2, dump);
    for (const store of ['businesses', 'snapshots'] as const) expect(await db.getAll(store)).toEqual(dump[store]);
    const reviews = await db.getAll('reviews');
    const old = (key: string) => dump.reviews!.find((r) => r.key === key)!;
    // Three pairs became three records; every other record is as version 2 stored it, fingerprinted.
    expect(reviews).toHaveLength(8);
    const merged = ['yandex-maps:Ah7Kq2mZp9XwL4cR8tN1vB6yD3fG5s', 'yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9', '2gis:153287946'];
    for (const r of reviews.filter((r) => !merged.includes(r.key))) expect(r).toEqual(withFingerprint(old(r.key)));
    for (const gone of ['yandex-maps:h-1ls3mgnuqo7', 'yandex-maps:h-x3hvyn8own', '2gis:h-qkhwe5s44q']) expect(await db.get('reviews', gone)).toBeUndefined();
    const byKey = new Map(reviews.map((r) => [r.key, r]));
    // Анна Смирнова: first stored from the state (baseline), later a cut card: the whole text, quiet as before.
    expect(byKey.get(merged[0]!)).toMatchObject({
      text: old(merged[0]!).text,
      truncated: false,
      alertState: 'baseline',
      firstSeenAt: old(merged[0]!).firstSeenAt,
    });
    expect(byKey.get(merged[0]!)!.unread).toBeUndefined();
    // Тимур: first a card (alerted, unread), then the state (alerted again): one record, first seen as the card, still unread.
    expect(byKey.get(merged[1]!)).toMatchObject({
      text: old(merged[1]!).text,
      truncated: false,
      alertState: 'alerted',
      unread: 1,
      firstSeenAt: old('yandex-maps:h-x3hvyn8own').firstSeenAt,
    });
    // Ольга (2GIS): the state's exact date, not the card's day.
    expect(byKey.get(merged[2]!)).toMatchObject({ publishedAt: old(merged[2]!).publishedAt, datePrecision: 'exact', alertState: 'baseline' });
    // The two "Анна"s who wrote "Всё отлично" on different days stay two reviews.
    expect(reviews.filter((r) => r.author === 'Анна')).toHaveLength(2);
    // Both notifications stay in the history, naming the kept record; the owner has one unread negative, not two.
    const alerts = await db.getAll('alerts');
    expect(alerts).toHaveLength(2);
    for (const a of alerts) expect(a.reviewKeys).not.toContain('yandex-maps:h-x3hvyn8own');
    expect(alerts.map((a) => a.reviewKeys).sort()).toEqual([['yandex-maps:Qm3Np8Lr2Ks7Jt1Hv6Gw4Fx9Dy5Cz0', merged[1]], [merged[1]]]);
    expect(await countUnread(db)).toBe(1);
    expect(await db.get('aggregates', YANDEX)).toMatchObject({ total: 6, negatives: 2, unread: 1 });
    expect(await db.get('aggregates', TWO_GIS)).toMatchObject({ total: 2 });
    await expectCountsEqualRecount(db);
    // The index answers with the one record left.
    const anna = await db.getAllFromIndex('reviews', 'byFingerprint', [YANDEX, 'аннасмирнова|лучшаякофейнянапятницкойкапучино']);
    expect(anna.map((r) => r.key)).toEqual([merged[0]]);
    db.close();
    await deleteDB(db.name);
  });

  it('after the upgrade, a review of the state seen again as a scrolled card is the same record: no new one, no alert, the same counts', async () => {
    const db = await upgradeFixture(2, readFixture(2, 'v2-ru'));
    const before = (await loadBusinessSummary(db, YANDEX, RU_NOW))!;
    const emilyAt = Date.UTC(2026, 9, 2, 7, 15);
    const emilyCut = 'Lovely little place near the metro. The flat white was excellent and the staff…';
    const now = RU_NOW + DAY;
    const result = await ingestCapture(db, {
      site: 'yandex-maps',
      visitId: 'visit-ya-4',
      business: { siteBusinessId: '1018907821', name: 'Кофейня «Брусника»', url: 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/' },
      health: OK_HEALTH,
      reviews: [
        {
          review: {
            siteReviewId: 'h-9zzq3k1mfa',
            author: 'Emily Carter',
            rating: 4,
            text: emilyCut,
            truncated: true,
            publishedAt: emilyAt,
            datePrecision: 'exact',
          },
          analysis: analyzeReview({ text: emilyCut, rating: 4 }),
        },
      ],
      now,
      alertSettings: DEFAULT_ALERT_SETTINGS,
    });
    expect(result).toMatchObject({ added: 0, baseline: false });
    expect(result.alert).toBeUndefined();
    const emily = (await db.getAll('reviews')).filter((r) => r.author === 'Emily Carter');
    expect(emily).toHaveLength(1);
    expect(emily[0]).toMatchObject({ key: 'yandex-maps:Hh2Jj5Kk8Ll1Zz4Xx7Cc0Vv3Bb6Nn9', truncated: false, alertState: 'baseline' });
    expect(emily[0]!.text).toMatch(/without any fuss\.$/);
    const after = (await loadBusinessSummary(db, YANDEX, now))!;
    expect(after).toMatchObject({ total: before.total, negatives: before.negatives, unread: before.unread });
    await expectCountsEqualRecount(db);
    db.close();
    await deleteDB(db.name);
  });
});
