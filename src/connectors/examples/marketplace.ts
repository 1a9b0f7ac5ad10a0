/**
 * The `examples.marketplace` tables (Confluent Cloud's read-only sample catalog): clicks,
 * customers, orders and products, with the reference's columns and value ranges. Rows are
 * generated when read, never stored, and are a pure function of (seed, row number), so two
 * reads with one seed give the same rows.
 */
import { intType, stringType, doubleType, notNull, type LogicalType } from '../../types/index.js';
import type { SqlValue } from '../../types/values.js';
import { Random } from '../nexmark/random.js';

export interface ExampleColumn {
  name: string;
  type: LogicalType;
}

export interface ExampleTable {
  name: 'clicks' | 'customers' | 'orders' | 'products';
  columns: ExampleColumn[];
  /** Primary key columns (NOT ENFORCED), empty for append-only tables. */
  primaryKey: string[];
  /** Default rows per second of the generated stream. */
  rowsPerSecond: number;
  /** Builds row `n` (0-based) from a generator seeded for that row. */
  row(r: Random, n: number): SqlValue[];
}

const FIRST =
  'Aaron,Abby,Ada,Alan,Alice,Amir,Ana,Ben,Bianca,Carl,Carmen,Chen,Chloe,Dan,Dana,Diego,Elena,Eli,Emma,Eve,Farah,Finn,Grace,Hana,Hugo,Ivan,Ivy,Jack,Jade,Jonas,Kai,Kate,Leo,Lina,Luca,Maya,Mia,Nina,Noah,Omar,Olga,Pablo,Priya,Quinn,Rosa,Sam,Sara,Tom,Uma,Vera,Wei,Yara,Zoe'.split(
    ',',
  );
const LAST =
  'Adams,Baker,Brown,Chen,Clark,Davis,Diaz,Evans,Garcia,Gupta,Hall,Hansen,Ito,Jones,Kim,Kowalski,Lee,Lopez,Martin,Meyer,Miller,Moore,Nguyen,Novak,Patel,Rossi,Schmidt,Silva,Smith,Tanaka,Taylor,Walker,White,Wilson,Young'.split(
    ',',
  );
const STREETS =
  'Maple,Oak,Pine,Cedar,Elm,Main,Lake,Hill,Park,River,Sunset,Washington,Lincoln,Church,Mill'.split(',');
const SUFFIX = 'Street,Avenue,Road,Lane,Drive,Court,Way,Place'.split(',');
const CITIES =
  'Springfield,Riverside,Franklin,Greenville,Bristol,Clinton,Fairview,Salem,Madison,Georgetown,Arlington,Ashland,Dover,Oxford,Jackson,Burlington,Manchester,Milton,Newport,Auburn'.split(
    ',',
  );
const DOMAINS = 'example.com,mail.com,acme.org,inbox.net,post.io'.split(',');
const ADJ =
  'Small,Ergonomic,Rustic,Intelligent,Gorgeous,Incredible,Fantastic,Practical,Sleek,Awesome,Enormous,Mediocre,Synergistic,Heavy Duty,Lightweight,Aerodynamic,Durable'.split(
    ',',
  );
const MATERIAL =
  'Steel,Wooden,Concrete,Plastic,Cotton,Granite,Rubber,Leather,Silk,Wool,Linen,Marble,Iron,Bronze,Copper,Aluminum,Paper'.split(
    ',',
  );
const THING =
  'Chair,Car,Computer,Gloves,Pants,Shirt,Table,Shoes,Hat,Plate,Knife,Bottle,Coat,Lamp,Keyboard,Bag,Bench,Clock,Watch,Wallet'.split(
    ',',
  );
const BRANDS =
  'Acme,Globex,Initech,Umbrella,Stark,Wayne,Wonka,Hooli,Vandelay,Soylent,Cyberdyne,Tyrell,Oscorp,Gringotts,Aperture'.split(
    ',',
  );
const VENDORS = 'Amazon,Walmart,Target,Costco,Best Buy,Home Depot,eBay,Etsy,Ikea,Zalando'.split(',');
const DEPTS =
  'Books,Movies,Music,Games,Electronics,Computers,Home,Garden,Tools,Grocery,Health,Beauty,Toys,Kids,Baby,Clothing,Shoes,Jewelry,Sports,Outdoors,Automotive,Industrial'.split(
    ',',
  );
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0',
];

const pick = <T>(r: Random, xs: readonly T[]): T => xs[r.nextInt(xs.length)]!;

/** A random (version 4 layout) UUID from the generator. */
export function uuid(r: Random): string {
  const h = (n: number): string => n.toString(16).padStart(8, '0');
  const a = h(r.next32());
  const b = h(r.next32());
  const c = h(r.next32());
  const d = h(r.next32());
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

function letters(r: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(97 + r.nextInt(26));
  return s;
}

const str = (): LogicalType => stringType();

export const MARKETPLACE: Record<string, ExampleTable> = {
  clicks: {
    name: 'clicks',
    columns: [
      { name: 'click_id', type: notNull(stringType()) },
      { name: 'user_id', type: notNull(intType()) },
      { name: 'url', type: notNull(stringType()) },
      { name: 'user_agent', type: notNull(stringType()) },
      { name: 'view_time', type: notNull(intType()) },
    ],
    primaryKey: [],
    rowsPerSecond: 50,
    row: (r) => [
      uuid(r),
      r.between(3000, 5000),
      `https://www.acme.com/product/${letters(r, 5)}`,
      pick(r, AGENTS),
      r.between(10, 120),
    ],
  },
  customers: {
    name: 'customers',
    columns: [
      { name: 'customer_id', type: notNull(intType()) },
      { name: 'name', type: str() },
      { name: 'address', type: str() },
      { name: 'postcode', type: str() },
      { name: 'city', type: str() },
      { name: 'email', type: str() },
    ],
    primaryKey: ['customer_id'],
    rowsPerSecond: 10,
    row: (r) => {
      const first = pick(r, FIRST);
      const last = pick(r, LAST);
      return [
        r.between(3000, 3250),
        `${first} ${last}`,
        `${r.between(1, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIX)}`,
        String(r.between(10000, 99999)),
        pick(r, CITIES),
        `${first.toLowerCase()}.${last.toLowerCase()}${r.between(1, 99)}@${pick(r, DOMAINS)}`,
      ];
    },
  },
  orders: {
    name: 'orders',
    columns: [
      { name: 'order_id', type: notNull(stringType()) },
      { name: 'customer_id', type: notNull(intType()) },
      { name: 'product_id', type: notNull(intType()) },
      { name: 'price', type: notNull(doubleType()) },
    ],
    primaryKey: [],
    rowsPerSecond: 50,
    // Prices in cents precision, as the sample data shows them (e.g. 42.17).
    row: (r) => [uuid(r), r.between(3000, 3250), r.between(1000, 1500), r.between(0, 10000) / 100],
  },
  products: {
    name: 'products',
    columns: [
      { name: 'product_id', type: notNull(intType()) },
      { name: 'name', type: str() },
      { name: 'brand', type: str() },
      { name: 'vendor', type: str() },
      { name: 'department', type: str() },
    ],
    primaryKey: ['product_id'],
    rowsPerSecond: 10,
    row: (r) => [
      r.between(1000, 1500),
      `${pick(r, ADJ)} ${pick(r, MATERIAL)} ${pick(r, THING)}`,
      pick(r, BRANDS),
      pick(r, VENDORS),
      pick(r, DEPTS),
    ],
  },
};

/** Row `n` of table `t` for `seed`: independent of how the rows are batched or split. */
export function exampleRow(t: ExampleTable, seed: number, n: number): SqlValue[] {
  return t.row(new Random((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0), n);
}
