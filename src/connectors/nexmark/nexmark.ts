/**
 * The `nexmark` source connector (nexmark/nexmark's NexmarkTableSourceFactory): one table with
 * `event_type INT` (0 person, 1 auction, 2 bid) and the nullable ROW columns `person`,
 * `auction`, `bid` (nexmark.md; the `dateTime` computed column and watermark come from the DDL).
 * Columns and nested fields are matched by name, so a table may declare a subset.
 *
 * Options as Nexmark's (`first-event.rate`, `events.num`, `person.proportion`, …, with its
 * defaults), plus two Eddy options for reproducible runs: `base-time` (epoch ms or
 * `yyyy-MM-dd HH:mm:ss`, UTC; default: now) and `seed`. With `rate.limited` = 'true' events are
 * emitted at `first-event.rate` per second of wall-clock time; otherwise as fast as read
 * (Nexmark's max-emit-speed).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '../../common/errors.js';
import type { LogicalType, RowType } from '../../types/index.js';
import type { SqlValue } from '../../types/values.js';
import {
  END,
  type ConnectorContext,
  type ConnectorFactory,
  type ConnectorOptions,
  type ConnectorSchema,
  type SourceBatch,
  type SplitReader,
} from '../api.js';
import { OptionReader } from '../options.js';
import {
  AUCTION,
  BID,
  DEFAULT_NEXMARK_CONFIG,
  NexmarkGenerator,
  PERSON,
  type NexmarkConfig,
  type NexmarkEvent,
} from './generator.js';

/** Field names of each entity, in generator order. */
export const PERSON_FIELDS = [
  'id',
  'name',
  'emailAddress',
  'creditCard',
  'city',
  'state',
  'dateTime',
  'extra',
];
export const AUCTION_FIELDS = [
  'id',
  'itemName',
  'description',
  'initialBid',
  'reserve',
  'dateTime',
  'expires',
  'seller',
  'category',
  'extra',
];
export const BID_FIELDS = ['auction', 'bidder', 'price', 'channel', 'url', 'dateTime', 'extra'];
const ENTITIES: Record<string, { kind: number; fields: string[] }> = {
  person: { kind: PERSON, fields: PERSON_FIELDS },
  auction: { kind: AUCTION, fields: AUCTION_FIELDS },
  bid: { kind: BID, fields: BID_FIELDS },
};

/** Converts one generator field (number ids/ms, strings) into the declared column type. */
function valueOf(type: LogicalType, where: string, table: string): (v: unknown) => SqlValue {
  switch (type.kind) {
    case 'BIGINT':
      return (v) => BigInt(v as number);
    case 'INT':
      return (v) => v as number;
    case 'DOUBLE':
      return (v) => v as number;
    case 'VARCHAR':
    case 'CHAR':
      return (v) => (typeof v === 'number' ? String(v) : (v as string));
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (v) => v as number;
    default:
      throw new ConfigError(`Unsupported type ${type.kind} for Nexmark field ${where} of table ${table}`, {
        table,
      });
  }
}

/** Builds the row producer for the declared columns. */
export function rowMapper(schema: ConnectorSchema): (ev: NexmarkEvent) => SqlValue[] {
  const table = schema.tableName;
  const cols = schema.columns.map((c) => {
    if (c.name === 'event_type') return (ev: NexmarkEvent): SqlValue => ev.kind;
    const ent = ENTITIES[c.name];
    if (!ent) {
      throw new ConfigError(
        `Column '${c.name}' of table ${table} is not a Nexmark column; expected event_type INT, person ROW<…>, auction ROW<…>, bid ROW<…>`,
        { table },
      );
    }
    if (c.type.kind !== 'ROW') {
      throw new ConfigError(`Nexmark column '${c.name}' of table ${table} must be a ROW type`, { table });
    }
    const picks = (c.type as RowType).fields.map((f) => {
      const idx = ent.fields.indexOf(f.name);
      if (idx < 0) {
        throw new ConfigError(
          `Field '${f.name}' of Nexmark column '${c.name}' (table ${table}) does not exist; fields are ${ent.fields.join(', ')}`,
          { table },
        );
      }
      return { idx, conv: valueOf(f.type, `${c.name}.${f.name}`, table) };
    });
    const kind = ent.kind;
    const convs = picks.map((p) => p.conv);
    if (picks.length === ent.fields.length && picks.every((p, i) => p.idx === i)) {
      // All fields in the generator's order: convert the event's own array in place (the
      // generator hands each event's array over; one allocation less per event).
      return (ev: NexmarkEvent): SqlValue => {
        if (ev.kind !== kind) return null;
        const f = ev.fields;
        for (let i = 0; i < convs.length; i++) f[i] = convs[i]!(f[i]);
        return f as SqlValue[];
      };
    }
    return (ev: NexmarkEvent): SqlValue => {
      if (ev.kind !== kind) return null;
      const out = new Array<SqlValue>(picks.length);
      for (let i = 0; i < picks.length; i++) out[i] = convs[i]!(ev.fields[picks[i]!.idx]);
      return out;
    };
  });
  return (ev) => {
    const row = new Array<SqlValue>(cols.length);
    for (let i = 0; i < cols.length; i++) row[i] = cols[i]!(ev);
    return row;
  };
}

/** Reads Nexmark's options into a generator config. */
export function nexmarkConfig(
  options: ConnectorOptions,
  table: string,
): NexmarkConfig & { rateLimited: boolean } {
  const r = new OptionReader(table, options);
  const d = DEFAULT_NEXMARK_CONFIG;
  const size = (key: string, dflt: number): number => {
    const v = options[key];
    if (v === undefined) return dflt;
    const m = /^\s*(\d+)\s*(b|bytes)?\s*$/i.exec(v);
    if (!m)
      throw new ConfigError(
        `Invalid value for option '${key}' of table ${table}: '${v}' (expected a size such as '200b')`,
      );
    return Number(m[1]);
  };
  let baseTime = Date.now();
  const bt = options['base-time'];
  if (bt !== undefined) {
    baseTime = /^\d+$/.test(bt.trim()) ? Number(bt) : Date.parse(bt.trim().replace(' ', 'T') + 'Z');
    if (!Number.isFinite(baseTime)) {
      throw new ConfigError(
        `Invalid value for option 'base-time' of table ${table}: '${bt}' (expected epoch ms or yyyy-MM-dd HH:mm:ss)`,
      );
    }
  }
  const cfg = {
    personProportion: r.integer('person.proportion', d.personProportion, 0),
    auctionProportion: r.integer('auction.proportion', d.auctionProportion, 0),
    bidProportion: r.integer('bid.proportion', d.bidProportion, 0),
    avgPersonByteSize: size('person.avg-size', d.avgPersonByteSize),
    avgAuctionByteSize: size('auction.avg-size', d.avgAuctionByteSize),
    avgBidByteSize: size('bid.avg-size', d.avgBidByteSize),
    hotAuctionRatio: r.integer('bid.hot-ratio.auctions', d.hotAuctionRatio, 1),
    hotSellersRatio: r.integer('auction.hot-ratio.sellers', d.hotSellersRatio, 1),
    hotBiddersRatio: r.integer('bid.hot-ratio.bidders', d.hotBiddersRatio, 1),
    numInFlightAuctions: d.numInFlightAuctions,
    numActivePeople: d.numActivePeople,
    firstEventRate: r.integer('first-event.rate', d.firstEventRate, 1),
    maxEvents: r.integer('events.num', 0, 0),
    baseTime,
    seed: r.integer('seed', d.seed, 0, 0xffffffff),
    rateLimited: r.boolean('rate.limited', false),
  };
  r.integer('next-event.rate', d.firstEventRate, 1);
  r.oneOf('rate.shape', ['SQUARE', 'SINE'] as const, 'SQUARE');
  r.duration('rate.period', 600_000);
  r.boolean('keep-alive', false);
  r.integer('stop-at', -1, -1);
  r.boolean('max-emit-speed', true);
  if (cfg.personProportion + cfg.auctionProportion + cfg.bidProportion === 0) {
    throw new ConfigError(`The Nexmark proportions of table ${table} are all 0`);
  }
  return cfg;
}

class NexmarkReader implements SplitReader {
  private readonly start = Date.now();

  constructor(
    private readonly gen: NexmarkGenerator,
    private readonly map: (ev: NexmarkEvent) => SqlValue[],
    private readonly rate: number | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async next(maxRows = 1024): Promise<SourceBatch | typeof END> {
    const g = this.gen;
    if (!g.hasNext()) return END;
    let n = maxRows;
    if (this.rate !== undefined) {
      const due = Math.floor(((Date.now() - this.start) * this.rate) / 1000) + 1 - g.count;
      if (due <= 0) {
        try {
          await sleep(Math.max(1, Math.ceil(1000 / this.rate)), undefined, { signal: this.signal });
        } catch {
          /* aborted */
        }
        return { rows: [] };
      }
      n = Math.min(n, due);
    }
    const rows: SqlValue[][] = [];
    const timestamps: number[] = [];
    while (rows.length < n && g.hasNext()) {
      const ev = g.next();
      rows.push(this.map(ev));
      timestamps.push(ev.dateTime);
    }
    return { rows, timestamps };
  }

  async close(): Promise<void> {}
}

export const nexmarkConnector: ConnectorFactory = {
  identifier: 'nexmark',
  options: [
    'rate.shape',
    'rate.period',
    'rate.limited',
    'first-event.rate',
    'next-event.rate',
    'person.avg-size',
    'auction.avg-size',
    'bid.avg-size',
    'person.proportion',
    'auction.proportion',
    'bid.proportion',
    'bid.hot-ratio.auctions',
    'bid.hot-ratio.bidders',
    'auction.hot-ratio.sellers',
    'events.num',
    'keep-alive',
    'stop-at',
    'max-emit-speed',
    'base-time',
    'seed',
  ].map((key) => ({ key })),
  createSource(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext) {
    const cfg = nexmarkConfig(options, schema.tableName);
    const map = rowMapper(schema);
    return {
      bounded: cfg.maxEvents > 0,
      async splits() {
        return [
          {
            id: 'nexmark-0',
            open: async () =>
              new NexmarkReader(
                new NexmarkGenerator(cfg),
                map,
                cfg.rateLimited ? cfg.firstEventRate : undefined,
                ctx.signal,
              ),
          },
        ];
      },
    };
  },
};
