import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRootLogger } from '../../common/logger.js';
import { openManager, tempDir } from '../storage/test-support.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import { DeferredTxnError, TxnCoordinator } from './txn-coordinator.js';
import { TXN_TOPIC } from './txn-records.js';

const SETTINGS = {
  maxTimeoutMs: 60_000,
  abortScanIntervalMs: 3_600_000,
  logPartitions: 1,
  idExpirationMs: 3_600_000,
  removeExpiredIntervalMs: 3_600_000,
};

type Logs = Awaited<ReturnType<typeof openManager>>;

async function withCoordinator(
  fn: (c: TxnCoordinator, stateHw: () => number, logs: Logs) => Promise<void>,
): Promise<void> {
  const { dir, cleanup } = await tempDir('eddy-txn-coord-');
  const logs = await openManager(dir);
  const c = new TxnCoordinator(logs, SETTINGS, createRootLogger({ level: 'silent' }));
  try {
    await c.start();
    await c.ready();
    await fn(c, () => logs.partition(TXN_TOPIC, 0).highWatermark, logs);
  } finally {
    await c.close();
    await logs.close();
    await cleanup();
  }
}

test('AddPartitionsToTxn answers before the Ongoing record is fsynced; ongoingDurable covers it', async () => {
  await withCoordinator(async (c, stateHw) => {
    const init = await c.initProducerId('t1', 60_000, -1, -1);
    assert.equal(init.errorCode, 0);
    const hwAfterInit = stateHw(); // InitProducerId's Empty record is durable before the answer
    assert.equal(c.ongoingDurable('t1'), undefined);

    const code = await c.addPartitions('t1', init.producerId, init.producerEpoch, [
      { topic: 'a', partition: 0 },
    ]);
    assert.equal(code, 0);
    assert.equal(c.txns.get('t1')!.state, 'Ongoing');
    const durable = c.ongoingDurable('t1');
    assert.ok(durable, 'the Ongoing record is still being made durable');
    // Written but not yet fsynced: the high watermark of __transaction_state covers only durable bytes.
    assert.equal(stateHw(), hwAfterInit);
    await durable;
    assert.equal(stateHw(), hwAfterInit + 1);
    assert.equal(c.ongoingDurable('t1'), undefined);
    // The partition is verified only once the record is durable, so produce waits first (produce.ts).
    assert.equal(c.verifyProduce('t1', init.producerId, init.producerEpoch, 'a', 0), 0);
  });
});

test('successive Ongoing records resolve their waits in order', async () => {
  await withCoordinator(async (c) => {
    const { producerId, producerEpoch } = await c.initProducerId('t2', 60_000, -1, -1);
    const order: number[] = [];
    const waits: Promise<void>[] = [];
    for (let i = 0; i < 5; i++) {
      assert.equal(await c.addPartitions('t2', producerId, producerEpoch, [{ topic: 'a', partition: i }]), 0);
      const d = c.ongoingDurable('t2');
      assert.ok(d);
      waits.push(d.then(() => void order.push(i)));
    }
    await Promise.all(waits);
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
    // Adding a partition already in the transaction writes nothing and has nothing to wait for.
    assert.equal(await c.addPartitions('t2', producerId, producerEpoch, [{ topic: 'a', partition: 0 }]), 0);
    assert.equal(c.ongoingDurable('t2'), undefined);
  });
});

test('EndTxn commit after a non-durable Ongoing: PrepareCommit makes both durable, markers follow', async () => {
  await withCoordinator(async (c, stateHw, logs) => {
    await logs.createTopic('out', 1, {});
    const { producerId, producerEpoch } = await c.initProducerId('t3', 60_000, -1, -1);
    const before = stateHw();
    assert.equal(await c.addPartitions('t3', producerId, producerEpoch, [{ topic: 'out', partition: 0 }]), 0);
    // EndTxn without waiting for ongoingDurable: its PrepareCommit fsync covers the Ongoing record.
    assert.equal(await c.endTxn('t3', producerId, producerEpoch, true), 0);
    assert.ok(stateHw() >= before + 2, 'Ongoing and PrepareCommit are durable when EndTxn answers');
    // The next transaction's AddPartitionsToTxn is answered at once, but its batches wait for
    // ongoingDurable, which comes after the commit marker is durable.
    assert.equal(await c.addPartitions('t3', producerId, producerEpoch, [{ topic: 'out', partition: 0 }]), 0);
    await c.ongoingDurable('t3');
    assert.equal(logs.partition('out', 0).highWatermark, 1, 'the commit marker is durable');
  });
});

test('AddPartitionsToTxn during the markers: answered at once, Ongoing written and fsynced after them', async () => {
  await withCoordinator(async (c, stateHw, logs) => {
    await logs.createTopic('out', 1, {});
    const out = logs.partition('out', 0);
    const { producerId, producerEpoch } = await c.initProducerId('t4', 60_000, -1, -1);
    assert.equal(await c.addPartitions('t4', producerId, producerEpoch, [{ topic: 'out', partition: 0 }]), 0);
    await c.ongoingDurable('t4');
    // Hold the marker back so the next request surely arrives while the id is finishing.
    const appendMarker = out.appendControlMarker.bind(out);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    out.appendControlMarker = async (m, o) => {
      await held;
      return appendMarker(m, o);
    };
    assert.equal(await c.endTxn('t4', producerId, producerEpoch, true), 0);
    const prepared = stateHw();
    let answered = false;
    const add = c
      .addPartitions('t4', producerId, producerEpoch, [{ topic: 'out', partition: 0 }])
      .then((code) => {
        answered = true;
        return code;
      });
    const durable = c.ongoingDurable('t4');
    assert.ok(durable);
    let durableDone = false;
    void durable.then(() => (durableDone = true));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(answered, true, 'answered while the marker is pending');
    assert.equal(await add, 0);
    assert.equal(c.txns.get('t4')!.state, 'PrepareCommit', 'no Ongoing record yet');
    assert.equal(durableDone, false, 'batches of the new transaction still wait');
    assert.equal(c.verifyProduce('t4', producerId, producerEpoch, 'out', 0), ErrorCode.INVALID_TXN_STATE);
    release();
    await durable;
    assert.equal(out.highWatermark, 1, 'the commit marker is durable before the Ongoing record is');
    assert.equal(c.txns.get('t4')!.state, 'Ongoing');
    // CompleteCommit (no fsync of its own) and Ongoing, both covered by the Ongoing fsync.
    assert.equal(stateHw(), prepared + 2);
    assert.equal(c.verifyProduce('t4', producerId, producerEpoch, 'out', 0), 0);
  });
});

test('an early AddPartitionsToTxn whose deferred checks fail rejects ongoingDurable', async () => {
  await withCoordinator(async (c, _stateHw, logs) => {
    await logs.createTopic('out', 1, {});
    const out = logs.partition('out', 0);
    const { producerId, producerEpoch } = await c.initProducerId('t5', 60_000, -1, -1);
    assert.equal(await c.addPartitions('t5', producerId, producerEpoch, [{ topic: 'out', partition: 0 }]), 0);
    out.appendControlMarker = async () => {
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('simulated marker write failure');
    };
    assert.equal(await c.endTxn('t5', producerId, producerEpoch, true), 0);
    assert.equal(await c.addPartitions('t5', producerId, producerEpoch, [{ topic: 'out', partition: 0 }]), 0);
    await assert.rejects(c.ongoingDurable('t5')!, (err: unknown) => {
      assert.ok(err instanceof DeferredTxnError);
      assert.equal(err.errorCode, ErrorCode.CONCURRENT_TRANSACTIONS);
      return true;
    });
    // The markers failed: the transaction stays PrepareCommit and the new batch is refused.
    assert.equal(c.txns.get('t5')!.state, 'PrepareCommit');
    assert.equal(c.verifyProduce('t5', producerId, producerEpoch, 'out', 0), ErrorCode.INVALID_TXN_STATE);
  });
});
