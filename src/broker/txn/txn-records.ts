/**
 * Record formats of `__transaction_state`, as Kafka writes them (TransactionLogKey.json,
 * TransactionLogValue.json, version 0): the key is `int16 version, string transactional_id`;
 * the value `int16 version, int64 producer_id, int16 producer_epoch, int32 timeout_ms,
 * int8 status, [topic [partition]], int64 last_update_ms, int64 start_ms`. A null value is a
 * tombstone (an expired transactional id).
 */
import { Reader } from '../../kafka/protocol/reader.js';
import { Writer } from '../../kafka/protocol/writer.js';

export const TXN_TOPIC = '__transaction_state';

/** Kafka's TransactionState ids (TransactionMetadata.scala / TransactionState.java). */
export const TXN_STATES = [
  'Empty',
  'Ongoing',
  'PrepareCommit',
  'PrepareAbort',
  'CompleteCommit',
  'CompleteAbort',
  'Dead',
  'PrepareEpochFence',
] as const;
export type TxnState = (typeof TXN_STATES)[number];

export interface StoredTxn {
  producerId: number;
  producerEpoch: number;
  timeoutMs: number;
  state: TxnState;
  /** topic → partitions in the transaction. */
  partitions: Map<string, number[]>;
  lastUpdateMs: number;
  startMs: number;
}

export function encodeTxnKey(transactionalId: string): Buffer {
  return new Writer(32).int16(0).string(transactionalId, false).toBuffer();
}

export function decodeTxnKey(key: Buffer): string {
  const r = new Reader(key);
  const version = r.int16();
  if (version !== 0) throw new Error(`unknown ${TXN_TOPIC} key version ${version}`);
  return r.string(false);
}

export function encodeTxnValue(t: StoredTxn): Buffer {
  const w = new Writer(128)
    .int16(0)
    .int64(BigInt(t.producerId))
    .int16(t.producerEpoch)
    .int32(t.timeoutMs)
    .int8(TXN_STATES.indexOf(t.state));
  w.arrayLength(t.partitions.size, false);
  for (const [topic, parts] of t.partitions) {
    w.string(topic, false).arrayLength(parts.length, false);
    for (const p of parts) w.int32(p);
  }
  return w.int64(BigInt(t.lastUpdateMs)).int64(BigInt(t.startMs)).toBuffer();
}

export function decodeTxnValue(value: Buffer): StoredTxn {
  const r = new Reader(value);
  const version = r.int16();
  const flexible = version >= 1;
  const producerId = Number(r.int64());
  const producerEpoch = r.int16();
  const timeoutMs = r.int32();
  const stateId = r.int8();
  const state = TXN_STATES[stateId];
  if (!state) throw new Error(`unknown transaction state ${stateId}`);
  const partitions = new Map<string, number[]>();
  const n = r.arrayLength(flexible);
  for (let i = 0; i < n; i++) {
    const topic = r.string(flexible);
    const m = r.arrayLength(flexible);
    const parts: number[] = [];
    for (let j = 0; j < m; j++) parts.push(r.int32());
    if (flexible) r.taggedFields();
    partitions.set(topic, parts);
  }
  const lastUpdateMs = Number(r.int64());
  const startMs = Number(r.int64());
  return { producerId, producerEpoch, timeoutMs, state, partitions, lastUpdateMs, startMs };
}
