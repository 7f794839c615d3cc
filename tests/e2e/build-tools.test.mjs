// The build's own tools where a mistake would not show in the page: the
// check that lets binaryen take the first 1,024 bytes of the wasm's memory
// as unused reads where the data and the stack really are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lowestAddresses } from '../../scripts/lib/wasm-names.mjs';

/** A wasm module with a memory, a mutable i32 global starting at `stack`
 * and active data segments at `offsets` (signed LEB128 as the format has it). */
function module(stack, offsets) {
  const sleb = (n) => { const out = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; } out.push(b | 0x80); } };
  const section = (id, body) => [id, body.length, ...body];
  const memory = section(5, [1, 0, 1]);
  const global = section(6, [1, 0x7f, 1, 0x41, ...sleb(stack), 0x0b]);
  const data = section(11, [offsets.length, ...offsets.flatMap((o) => [0, 0x41, ...sleb(o), 0x0b, 2, 0xaa, 0xbb])]);
  return Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...memory, ...global, ...data]);
}

test('the lowest data and stack addresses are read from the wasm', () => {
  assert.ok(WebAssembly.validate(module(1048576, [1048576, 1110000])), 'the hand-made modules are valid wasm');
  assert.deepEqual(lowestAddresses(module(1048576, [1048576, 1110000])), { data: 1048576, stack: 1048576 });
  assert.deepEqual(lowestAddresses(module(1048576, [2048, 16])), { data: 16, stack: 1048576 });
  assert.deepEqual(lowestAddresses(module(512, [1048576])), { data: 1048576, stack: 512 });
  // An offset whose last byte is the `end` opcode's (11 is 0x0b).
  assert.deepEqual(lowestAddresses(module(1048576, [11, 2048])), { data: 11, stack: 1048576 });
  assert.deepEqual(lowestAddresses(module(11, [2048, 1048576])), { data: 2048, stack: 11 });
  // A global whose constant expression the file cuts off: unknown, so
  // address 0 (the build refuses it), read without running past the end.
  const cut = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 6, 6, 1, 0x7f, 1, 0x23, 0, 1]);
  assert.deepEqual(lowestAddresses(cut), { data: Infinity, stack: 0 });
});

test('the built wasm keeps the first 1,024 bytes free', () => {
  const dist = new URL('../../target/wasm32-unknown-unknown/release/', import.meta.url).pathname;
  const file = readdirSync(dist).find((f) => f.endsWith('.wasm'));
  const low = lowestAddresses(readFileSync(join(dist, file)));
  assert.ok(low.data >= 1024 && low.stack >= 1024, JSON.stringify(low));
});
