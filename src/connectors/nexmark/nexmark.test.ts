import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseType } from '../../types/index.js';
import { createSource, END, type ConnectorColumn, type Row, type SourceBatch } from '../index.js';
import { NexmarkGenerator, DEFAULT_NEXMARK_CONFIG, PERSON, AUCTION, BID } from './generator.js';

const ctx = { timeZone: 'UTC' };

const DDL_COLUMNS: ConnectorColumn[] = [
  { name: 'event_type', type: parseType('INT') },
  {
    name: 'person',
    type: parseType(
      'ROW<id BIGINT, name VARCHAR, emailAddress VARCHAR, creditCard VARCHAR, city VARCHAR, state VARCHAR, `dateTime` TIMESTAMP(3), extra VARCHAR>',
    ),
  },
  {
    name: 'auction',
    type: parseType(
      'ROW<id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT, `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra VARCHAR>',
    ),
  },
  {
    name: 'bid',
    type: parseType(
      'ROW<auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR, `dateTime` TIMESTAMP(3), extra VARCHAR>',
    ),
  },
];

test('proportions are exactly 1 : 3 : 46 per 50 events, event time advances 0.1 ms per event', () => {
  const g = new NexmarkGenerator({ ...DEFAULT_NEXMARK_CONFIG, maxEvents: 50_000, baseTime: 1_000_000 });
  const counts = [0, 0, 0];
  let last = 0;
  let n = 0;
  while (g.hasNext()) {
    const ev = g.next();
    counts[ev.kind]!++;
    assert.ok(ev.dateTime >= last);
    last = ev.dateTime;
    n++;
  }
  assert.equal(n, 50_000);
  assert.deepEqual(counts, [1000, 3000, 46000]);
  // 50 000 events at 10 000 events/s span 5 s of event time.
  assert.ok(last - 1_000_000 >= 4999 && last - 1_000_000 <= 5001, String(last));
});

test('field semantics: ids, prices, hot keys, channels, sizes', () => {
  const g = new NexmarkGenerator({ ...DEFAULT_NEXMARK_CONFIG, maxEvents: 100_000, baseTime: 0 });
  let maxPerson = 0;
  let maxAuction = 0;
  let bidBytes = 0;
  let bids = 0;
  const channels = new Map<string, number>();
  while (g.hasNext()) {
    const ev = g.next();
    const f = ev.fields as (string | number)[];
    if (ev.kind === PERSON) {
      assert.ok((f[0] as number) > maxPerson || maxPerson === 0);
      maxPerson = f[0] as number;
      assert.match(f[3] as string, /^\d{4} \d{4} \d{4} \d{4}$/);
      assert.ok(['AZ', 'CA', 'ID', 'OR', 'WA', 'WY'].includes(f[5] as string));
    } else if (ev.kind === AUCTION) {
      maxAuction = Math.max(maxAuction, f[0] as number);
      assert.ok((f[8] as number) >= 10 && (f[8] as number) < 15, 'category');
      assert.ok((f[4] as number) >= (f[3] as number), 'reserve >= initialBid');
      assert.ok((f[6] as number) > (f[5] as number), 'expires after dateTime');
    } else {
      assert.equal(ev.kind, BID);
      assert.ok(
        (f[0] as number) >= 1000 && (f[0] as number) <= maxAuction + 10,
        'bid on an existing auction',
      );
      assert.ok((f[2] as number) >= 100 && (f[2] as number) <= 100_000_000, 'price in cents');
      channels.set(f[3] as string, (channels.get(f[3] as string) ?? 0) + 1);
      assert.match(f[4] as string, /^https:\/\/www\.nexmark\.com\/\w+\/\w+\/\w+\/item\.htm\?query=1/);
      bidBytes += 32 + (f[6] as string).length;
      bids++;
    }
  }
  // Half of the bids go to the four hot channels.
  const hot = ['Google', 'Facebook', 'Baidu', 'Apple'].reduce((s, c) => s + (channels.get(c) ?? 0), 0);
  assert.ok(Math.abs(hot / bids - 0.5) < 0.02, `hot channel share ${hot / bids}`);
  // Bids average avgBidByteSize (100 bytes).
  assert.ok(Math.abs(bidBytes / bids - 100) < 3, `avg bid size ${bidBytes / bids}`);
});

test('the nexmark connector fills the DDL columns, bounded by events.num, reproducible by seed', async () => {
  const read = async (): Promise<{ rows: Row[]; ts: number[] }> => {
    const src = createSource(
      { tableName: 'datagen', columns: DDL_COLUMNS },
      { connector: 'nexmark', 'events.num': '500', 'base-time': '2024-01-01 00:00:00', seed: '7' },
      ctx,
    );
    assert.equal(src.bounded, true);
    const [split] = await src.splits();
    const r = await split!.open();
    const rows: Row[] = [];
    const ts: number[] = [];
    for (let b = await r.next(100); b !== END; b = await r.next(100)) {
      rows.push(...(b as SourceBatch).rows);
      ts.push(...((b as SourceBatch).timestamps ?? []));
    }
    return { rows, ts };
  };
  const a = await read();
  const b = await read();
  assert.equal(a.rows.length, 500);
  assert.deepEqual(a.rows, b.rows);
  const base = Date.UTC(2024, 0, 1);
  for (let i = 0; i < a.rows.length; i++) {
    const [type, person, auction, bid] = a.rows[i] as [
      number,
      unknown[] | null,
      unknown[] | null,
      unknown[] | null,
    ];
    const set = [person, auction, bid].filter((x) => x !== null);
    assert.equal(set.length, 1);
    assert.equal([person, auction, bid][type], set[0]);
    const row = set[0]!;
    assert.equal(typeof row[0], 'bigint');
    const dt = type === 0 ? row[6] : type === 1 ? row[5] : row[5];
    assert.equal(dt, a.ts[i]);
    assert.ok((dt as number) >= base && (dt as number) < base + 100);
  }
});

test('schema and option errors', () => {
  assert.throws(
    () =>
      createSource(
        { tableName: 'n', columns: [{ name: 'foo', type: parseType('INT') }] },
        { connector: 'nexmark' },
        ctx,
      ),
    /Column 'foo' of table n is not a Nexmark column/,
  );
  assert.throws(
    () =>
      createSource(
        { tableName: 'n', columns: [{ name: 'bid', type: parseType('ROW<prize BIGINT>') }] },
        { connector: 'nexmark' },
        ctx,
      ),
    /Field 'prize' of Nexmark column 'bid'.*auction, bidder, price/,
  );
  assert.throws(
    () =>
      createSource(
        { tableName: 'n', columns: DDL_COLUMNS },
        { connector: 'nexmark', 'events.num': '-1' },
        ctx,
      ),
    /Invalid value for option 'events\.num'/,
  );
  const unbounded = createSource({ tableName: 'n', columns: DDL_COLUMNS }, { connector: 'nexmark' }, ctx);
  assert.equal(unbounded.bounded, false);
});
