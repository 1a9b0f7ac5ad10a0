/**
 * Framing: frames split at every byte boundary or glued together come out whole; a declared
 * size is not allocated before its bytes arrive; oversized and too-small sizes are errors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FrameError, FrameReader } from './frame-reader.js';

function framed(bodies: Buffer[]): Buffer {
  return Buffer.concat(
    bodies.flatMap((b) => {
      const h = Buffer.alloc(4);
      h.writeInt32BE(b.length);
      return [h, b];
    }),
  );
}

test('frames split at any boundary or concatenated are reassembled', () => {
  const bodies = [Buffer.alloc(8, 1), Buffer.alloc(100, 2), Buffer.alloc(9, 3)];
  const stream = framed(bodies);
  for (let cut = 0; cut <= stream.length; cut++) {
    const fr = new FrameReader(1000);
    const got = [...fr.push(stream.subarray(0, cut)), ...fr.push(stream.subarray(cut))];
    assert.deepStrictEqual(got, bodies, `cut at ${cut}`);
    assert.equal(fr.pendingBytes, 0);
  }
  const fr = new FrameReader(1000);
  const got: Buffer[] = [];
  for (const byte of stream) got.push(...fr.push(Buffer.from([byte])));
  assert.deepStrictEqual(got, bodies);
});

test('a large declared size is only buffered as its bytes arrive', () => {
  const fr = new FrameReader(100 * 1024 * 1024);
  const head = Buffer.alloc(4);
  head.writeInt32BE(50 * 1024 * 1024);
  assert.deepStrictEqual(fr.push(head), []);
  assert.deepStrictEqual(fr.push(Buffer.alloc(10)), []);
  assert.equal(fr.pendingBytes, 10, 'only the received bytes are held');
});

test('sizes above the limit or below a header are refused', () => {
  const big = Buffer.alloc(4);
  big.writeInt32BE(2001);
  assert.throws(() => new FrameReader(2000).push(big), FrameError);
  const neg = Buffer.alloc(4);
  neg.writeInt32BE(-5);
  assert.throws(() => new FrameReader(2000).push(neg), /invalid frame size -5/);
  const small = Buffer.alloc(4);
  small.writeInt32BE(7);
  assert.throws(() => new FrameReader(2000).push(small), FrameError);
  assert.doesNotThrow(() => new FrameReader(2000, 4).push(small), 'responses may be shorter');
});
