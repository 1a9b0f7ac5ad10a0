/**
 * CRC-32C (Castagnoli), the checksum of record batch v2. Uses @node-rs/crc32 (SSE4.2 / ARM
 * CRC instructions, prebuilt) on the append path, where the broker checks every batch.
 *
 * @example
 * crc32c(Buffer.from('123456789')) === 0xe3069283
 */
import { crc32c as nativeCrc32c } from '@node-rs/crc32';

/** CRC-32C of `data` (optionally continuing from `initial`), as an unsigned 32-bit number. */
export function crc32c(data: Uint8Array, initial = 0): number {
  return nativeCrc32c(data, initial) >>> 0;
}
