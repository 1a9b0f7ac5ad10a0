/**
 * EndTimers: items fire in order of end, then of the moment their end last changed, exactly
 * once, however late they were re-filed; dead items never fire.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EndTimers, type TimedItem } from './end-timers.js';

interface Item extends TimedItem {
  id: number;
}

test('EndTimers fires like eager re-filing into insertion-ordered sets (property)', () => {
  const seed = Date.now() % 100000;
  console.log(`end-timers property seed ${seed}`);
  type Op =
    | { kind: 'new'; end: number }
    | { kind: 'grow'; which: number; by: number }
    | { kind: 'kill'; which: number }
    | { kind: 'wm'; at: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('new' as const), end: fc.integer({ min: 0, max: 50 }) }),
    fc.record({ kind: fc.constant('grow' as const), which: fc.nat(30), by: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('kill' as const), which: fc.nat(30) }),
    fc.record({ kind: fc.constant('wm' as const), at: fc.integer({ min: 0, max: 80 }) }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const timers = new EndTimers<Item>();
      const items: Item[] = [];
      // The reference: Map end → Set (insertion ordered), re-filed on every change.
      const ref = new Map<number, Set<Item>>();
      const file = (it: Item) => {
        let s = ref.get(it.end);
        if (s === undefined) ref.set(it.end, (s = new Set()));
        s.add(it);
      };
      let wm = -Infinity;
      const fired: number[] = [];
      const expected: number[] = [];
      for (const o of ops) {
        if (o.kind === 'new') {
          if (o.end - 1 <= wm) continue;
          const it: Item = { id: items.length, end: o.end, seq: timers.stamp(), filed: o.end, dead: false };
          items.push(it);
          timers.add(it);
          file(it);
        } else if (o.kind === 'grow' || o.kind === 'kill') {
          const live = items.filter((i) => !i.dead);
          const it = live[o.which % Math.max(1, live.length)];
          if (it === undefined) continue;
          ref.get(it.end)!.delete(it);
          if (o.kind === 'kill') {
            it.dead = true;
            continue;
          }
          it.end += o.by;
          it.seq = timers.stamp();
          file(it);
        } else {
          if (o.at <= wm) continue;
          wm = o.at;
          for (const end of [...ref.keys()].sort((a, b) => a - b)) {
            if (end - 1 > wm) break;
            for (const it of ref.get(end)!) expected.push(it.id);
            ref.delete(end);
          }
          timers.fireUpTo(wm, (it) => {
            it.dead = true;
            fired.push(it.id);
          });
          assert.deepEqual(fired, expected);
        }
      }
    }),
    { seed, numRuns: 500 },
  );
});
