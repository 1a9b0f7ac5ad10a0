/**
 * The Nexmark event generator, following nexmark/nexmark's `NexmarkGenerator` and its model
 * generators (Person, Auction, Bid): event ids interleave the three kinds by proportion
 * (default 1 : 3 : 46 of every 50), ids of people and auctions grow with the event id, bids hit
 * "hot" auctions and bidders with the configured ratios, prices are `round(10^(6·u) · 100)`
 * cents, and `extra` pads each event to the configured average size. Event time advances by
 * `1e6 / first-event.rate` µs per event from a base time.
 *
 * Fields come out as plain JS values (ids as numbers, times as epoch ms); the source maps them
 * into rows of the table's value representation.
 */
import { Random } from './random.js';

export const FIRST_PERSON_ID = 1000;
export const FIRST_AUCTION_ID = 1000;
export const FIRST_CATEGORY_ID = 10;
const PERSON_ID_LEAD = 10;
const AUCTION_ID_LEAD = 10;
const HOT_SELLER_RATIO = 100;
const HOT_AUCTION_RATIO = 100;
const HOT_BIDDER_RATIO = 100;
const HOT_CHANNELS_RATIO = 2;
const CHANNELS_NUMBER = 10_000;
const NUM_CATEGORIES = 5;
const MIN_STRING_LENGTH = 3;

const US_STATES = 'AZ,CA,ID,OR,WA,WY'.split(',');
const US_CITIES = 'Phoenix,Los Angeles,San Francisco,Boise,Portland,Bend,Redmond,Seattle,Kent,Cheyenne'.split(
  ',',
);
const FIRST_NAMES = 'Peter,Paul,Luke,John,Saul,Vicky,Kate,Julie,Sarah,Deiter,Walter'.split(',');
const LAST_NAMES = 'Shultz,Abrams,Spencer,White,Bartels,Walton,Smith,Jones,Noris'.split(',');
const HOT_CHANNELS = ['Google', 'Facebook', 'Baidu', 'Apple'];

/** The generator's knobs, with Nexmark's defaults (NexmarkConfiguration). */
export interface NexmarkConfig {
  personProportion: number;
  auctionProportion: number;
  bidProportion: number;
  avgPersonByteSize: number;
  avgAuctionByteSize: number;
  avgBidByteSize: number;
  hotAuctionRatio: number;
  hotSellersRatio: number;
  hotBiddersRatio: number;
  numInFlightAuctions: number;
  numActivePeople: number;
  firstEventRate: number;
  /** Total events; 0 = unbounded. */
  maxEvents: number;
  /** Event time of event number 0, epoch ms. */
  baseTime: number;
  seed: number;
}

export const DEFAULT_NEXMARK_CONFIG: NexmarkConfig = {
  personProportion: 1,
  auctionProportion: 3,
  bidProportion: 46,
  avgPersonByteSize: 200,
  avgAuctionByteSize: 500,
  avgBidByteSize: 100,
  hotAuctionRatio: 2,
  hotSellersRatio: 4,
  hotBiddersRatio: 4,
  numInFlightAuctions: 100,
  numActivePeople: 1000,
  firstEventRate: 10_000,
  maxEvents: 0,
  baseTime: 0,
  seed: 42,
};

export const PERSON = 0;
export const AUCTION = 1;
export const BID = 2;

/** One generated event; only the fields of its kind are meaningful. The consumer owns `fields`. */
export interface NexmarkEvent {
  kind: 0 | 1 | 2;
  /** Event time, epoch ms. */
  dateTime: number;
  fields: unknown[];
}

/** Person: id, name, emailAddress, creditCard, city, state, dateTime(ms), extra. */
/** Auction: id, itemName, description, initialBid, reserve, dateTime, expires, seller, category, extra. */
/** Bid: auction, bidder, price, channel, url, dateTime, extra. */
export class NexmarkGenerator {
  private readonly rnd: Random;
  private readonly total: number;
  private readonly interEventDelayUs: number;
  private readonly extraPool: string;
  private readonly hotUrls: string[];
  private readonly channelCache: [string, string][];
  /** Events generated so far. */
  count = 0;

  constructor(readonly config: NexmarkConfig) {
    this.rnd = new Random(config.seed);
    this.total = config.personProportion + config.auctionProportion + config.bidProportion;
    this.interEventDelayUs = 1_000_000 / config.firstEventRate;
    // Nexmark cuts `extra` out of one reusable 1 MiB random string; so do we.
    const fixed = new Random(config.seed ^ 0x5bd1e995);
    this.extraPool = exactString(fixed, 1024 * 1024);
    this.hotUrls = HOT_CHANNELS.map(() => flat(baseUrl(fixed)));
    this.channelCache = [];
    for (let i = 0; i < CHANNELS_NUMBER; i++) {
      let url = baseUrl(fixed);
      if (fixed.nextInt(10) > 0) url = `${url}&channel_id=${javaAbs(reverseInt(i))}`;
      this.channelCache.push([flat(`channel-${i}`), flat(url)]);
    }
  }

  hasNext(): boolean {
    return this.config.maxEvents === 0 || this.count < this.config.maxEvents;
  }

  /** Event time of the event with this number (0-based count), as timestampForEvent. */
  timestampFor(eventNumber: number): number {
    return this.config.baseTime + Math.floor((eventNumber * this.interEventDelayUs) / 1000);
  }

  /** The next event; callers check hasNext() first. */
  next(): NexmarkEvent {
    // Nexmark: firstEventId = 1, firstEventNumber = 1, out-of-order group size 1.
    const eventNumber = 1 + this.count;
    const eventId = 1 + eventNumber;
    const ts = this.timestampFor(eventNumber);
    const rem = eventId % this.total;
    const c = this.config;
    let ev: NexmarkEvent;
    if (rem < c.personProportion) ev = { kind: PERSON, dateTime: ts, fields: this.person(eventId, ts) };
    else if (rem < c.personProportion + c.auctionProportion)
      ev = { kind: AUCTION, dateTime: ts, fields: this.auction(eventNumber, eventId, ts) };
    else ev = { kind: BID, dateTime: ts, fields: this.bid(eventId, ts) };
    this.count++;
    return ev;
  }

  private lastBase0PersonId(eventId: number): number {
    const epoch = Math.floor(eventId / this.total);
    let offset = eventId % this.total;
    if (offset >= this.config.personProportion) offset = this.config.personProportion - 1;
    return epoch * this.config.personProportion + offset;
  }

  private nextBase0PersonId(eventId: number): number {
    const numPeople = this.lastBase0PersonId(eventId) + 1;
    const active = Math.min(numPeople, this.config.numActivePeople);
    return numPeople - active + this.rnd.nextLong(active + PERSON_ID_LEAD);
  }

  private lastBase0AuctionId(eventId: number): number {
    const c = this.config;
    let epoch = Math.floor(eventId / this.total);
    let offset = eventId % this.total;
    if (offset < c.personProportion) {
      epoch--;
      offset = c.auctionProportion - 1;
    } else if (offset >= c.personProportion + c.auctionProportion) {
      offset = c.auctionProportion - 1;
    } else {
      offset -= c.personProportion;
    }
    return epoch * c.auctionProportion + offset;
  }

  private nextBase0AuctionId(eventId: number): number {
    const max = this.lastBase0AuctionId(eventId);
    const min = Math.max(max - this.config.numInFlightAuctions, 0);
    return min + this.rnd.nextLong(max - min + 1 + AUCTION_ID_LEAD);
  }

  private price(): number {
    return Math.round(Math.pow(10, this.rnd.nextDouble() * 6) * 100);
  }

  private string(maxLength: number, special = ' '): string {
    return nextString(this.rnd, maxLength, special);
  }

  private extra(currentSize: number, desiredAverage: number): string {
    if (currentSize > desiredAverage) return '';
    const want = desiredAverage - currentSize;
    const delta = Math.round(want * 0.2);
    const size = want - delta + (delta === 0 ? 0 : this.rnd.nextInt(2 * delta));
    const offset = this.rnd.nextInt(this.extraPool.length - size);
    return this.extraPool.substring(offset, offset + size);
  }

  private person(eventId: number, ts: number): unknown[] {
    const r = this.rnd;
    const id = this.lastBase0PersonId(eventId) + FIRST_PERSON_ID;
    const name = `${FIRST_NAMES[r.nextInt(FIRST_NAMES.length)]} ${LAST_NAMES[r.nextInt(LAST_NAMES.length)]}`;
    const email = `${this.string(7)}@${this.string(5)}.com`;
    const card = [0, 1, 2, 3].map(() => String(r.nextInt(10000)).padStart(4, '0')).join(' ');
    const city = US_CITIES[r.nextInt(US_CITIES.length)]!;
    const state = US_STATES[r.nextInt(US_STATES.length)]!;
    const size = 8 + name.length + email.length + card.length + city.length + state.length;
    return [id, name, email, card, city, state, ts, this.extra(size, this.config.avgPersonByteSize)];
  }

  private auction(eventNumber: number, eventId: number, ts: number): unknown[] {
    const r = this.rnd;
    const c = this.config;
    const id = this.lastBase0AuctionId(eventId) + FIRST_AUCTION_ID;
    let seller: number;
    if (r.nextInt(c.hotSellersRatio) > 0) {
      seller = Math.floor(this.lastBase0PersonId(eventId) / HOT_SELLER_RATIO) * HOT_SELLER_RATIO;
    } else {
      seller = this.nextBase0PersonId(eventId);
    }
    seller += FIRST_PERSON_ID;
    const category = FIRST_CATEGORY_ID + r.nextInt(NUM_CATEGORIES);
    const initialBid = this.price();
    // Auctions last up to twice the time it takes for numInFlightAuctions more auctions to appear.
    const eventsForAuctions = Math.floor((c.numInFlightAuctions * this.total) / c.auctionProportion);
    const horizon = this.timestampFor(eventNumber + eventsForAuctions) - ts;
    const expires = ts + 1 + r.nextLong(Math.max(horizon * 2, 1));
    const name = this.string(20);
    const desc = this.string(100);
    const reserve = initialBid + this.price();
    const size = 8 + name.length + desc.length + 8 + 8 + 8 + 8 + 8;
    return [
      id,
      name,
      desc,
      initialBid,
      reserve,
      ts,
      expires,
      seller,
      category,
      this.extra(size, c.avgAuctionByteSize),
    ];
  }

  private bid(eventId: number, ts: number): unknown[] {
    const r = this.rnd;
    const c = this.config;
    let auction: number;
    if (r.nextInt(c.hotAuctionRatio) > 0) {
      auction = Math.floor(this.lastBase0AuctionId(eventId) / HOT_AUCTION_RATIO) * HOT_AUCTION_RATIO;
    } else {
      auction = this.nextBase0AuctionId(eventId);
    }
    auction += FIRST_AUCTION_ID;
    let bidder: number;
    if (r.nextInt(c.hotBiddersRatio) > 0) {
      bidder = Math.floor(this.lastBase0PersonId(eventId) / HOT_BIDDER_RATIO) * HOT_BIDDER_RATIO + 1;
    } else {
      bidder = this.nextBase0PersonId(eventId);
    }
    // Nexmark's BidGenerator adds FIRST_PERSON_ID twice (once before and once after picking the
    // channel); Flink's published results use that generator, so bidder ids keep the +2000.
    bidder += 2 * FIRST_PERSON_ID;
    const price = this.price();
    let channel: string;
    let url: string;
    if (r.nextInt(HOT_CHANNELS_RATIO) > 0) {
      const i = r.nextInt(HOT_CHANNELS.length);
      channel = HOT_CHANNELS[i]!;
      url = this.hotUrls[i]!;
    } else {
      [channel, url] = this.channelCache[r.nextInt(CHANNELS_NUMBER)]!;
    }
    return [auction, bidder, price, channel, url, ts, this.extra(32, c.avgBidByteSize)];
  }
}

/** Nexmark's StringsGenerator.nextString: 3..maxLength-1 letters, ~1/13 `special`, trimmed. */
export function nextString(r: Random, maxLength: number, special = ' '): string {
  let len = MIN_STRING_LENGTH + r.nextInt(maxLength - MIN_STRING_LENGTH);
  let s = '';
  while (len-- > 0) s += r.nextInt(13) === 0 ? special : String.fromCharCode(97 + r.nextInt(26));
  return special === ' ' ? s.trim() : s;
}

function exactString(r: Random, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(String.fromCharCode(97 + r.nextInt(26)));
  return parts.join('');
}

/**
 * A flat copy of `s`. Strings built by concatenation are ropes in V8, which every later scan
 * (indexOf, a regex, charCodeAt) reaches through an indirection; the cached channel strings and
 * URLs of every bid are built once here, so they are stored flat, as Java's strings are.
 */
function flat(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

function baseUrl(r: Random): string {
  return `https://www.nexmark.com/${nextString(r, 5, '_')}/${nextString(r, 5, '_')}/${nextString(r, 5, '_')}/item.htm?query=1`;
}

/** Java's Integer.reverse: the 32 bits in reverse order, as a signed int. */
function reverseInt(i: number): number {
  let x = i >>> 0;
  let out = 0;
  for (let b = 0; b < 32; b++) {
    out = (out << 1) | (x & 1);
    x >>>= 1;
  }
  return out | 0;
}

/** Java's Math.abs(int): MIN_VALUE stays negative. */
function javaAbs(i: number): number {
  return i === -2147483648 ? i : Math.abs(i);
}
