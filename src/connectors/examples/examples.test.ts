import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseType } from '../../types/index.js';
import { createSource, END, MARKETPLACE, type Row, type SourceBatch } from '../index.js';

const ctx = { timeZone: 'UTC' };

async function read(
  table: string,
  extra: Record<string, string>,
  withMeta = false,
): Promise<{ rows: Row[]; ts: number[] }> {
  const t = MARKETPLACE[table]!;
  const src = createSource(
    {
      tableName: `examples.marketplace.${table}`,
      columns: t.columns,
      metadata: withMeta ? [{ key: 'timestamp', type: parseType('TIMESTAMP_LTZ(3) NOT NULL') }] : [],
    },
    { connector: 'examples', table, ...extra },
    ctx,
  );
  const [split] = await src.splits();
  const r = await split!.open();
  const rows: Row[] = [];
  const ts: number[] = [];
  for (let b = await r.next(); b !== END; b = await r.next()) {
    rows.push(...(b as SourceBatch).rows);
    ts.push(...((b as SourceBatch).timestamps ?? []));
  }
  await r.close();
  return { rows, ts };
}

test('columns and ranges of the four marketplace tables', async () => {
  const opts = { 'number-of-rows': '2000', 'start-time': '0', seed: '3' };
  const orders = (await read('orders', opts)).rows;
  for (const [id, cust, prod, price] of orders as [string, number, number, number][]) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(cust >= 3000 && cust <= 3250);
    assert.ok(prod >= 1000 && prod <= 1500);
    assert.ok(price >= 0 && price <= 100);
  }
  assert.equal(new Set(orders.map((r) => r[0])).size, 2000);
  for (const [, user, url, agent, view] of (await read('clicks', opts)).rows as [
    string,
    number,
    string,
    string,
    number,
  ][]) {
    assert.ok(user >= 3000 && user <= 5000);
    assert.match(url, /^https:\/\/www\.acme\.com\/product\/[a-z]{5}$/);
    assert.ok(agent.startsWith('Mozilla/5.0'));
    assert.ok(view >= 10 && view <= 120);
  }
  for (const row of (await read('customers', opts)).rows) {
    assert.ok((row[0] as number) >= 3000 && (row[0] as number) <= 3250);
    assert.match(row[5] as string, /@/);
    assert.equal(row.length, 6);
  }
  for (const row of (await read('products', opts)).rows) {
    assert.ok((row[0] as number) >= 1000 && (row[0] as number) <= 1500);
    assert.equal(row.length, 5);
  }
  assert.deepEqual(MARKETPLACE.customers!.primaryKey, ['customer_id']);
});

test('deterministic per seed, $rowtime metadata, real-time pacing', async () => {
  const a = await read('orders', { 'number-of-rows': '50', 'start-time': '1000', seed: '1' }, true);
  const b = await read('orders', { 'number-of-rows': '50', 'start-time': '1000', seed: '1' }, true);
  const c = await read('orders', { 'number-of-rows': '50', 'start-time': '1000', seed: '2' }, true);
  assert.deepEqual(a.rows, b.rows);
  assert.notDeepEqual(a.rows, c.rows);
  // the metadata column (timestamp → $rowtime) is appended and equals the batch timestamps
  assert.deepEqual(
    a.rows.map((r) => r[4]),
    a.ts,
  );
  assert.equal(a.ts[0], 1000);
  assert.equal(a.ts[49], 1000 + Math.floor((49 * 1000) / 50));
  const t0 = Date.now();
  const live = await read('orders', { 'number-of-rows': '6', 'rows-per-second': '20' });
  assert.equal(live.rows.length, 6);
  assert.ok(Date.now() - t0 >= 200, 'six rows at 20/s take about 250 ms');
  assert.throws(
    () => createSource({ tableName: 'x', columns: [] }, { connector: 'examples', table: 'order' }, ctx),
    /Unknown examples table 'order'.*did you mean 'orders'/,
  );
});
