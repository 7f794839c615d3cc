// Short names between the wasm and its JavaScript glue. wasm-bindgen names
// each import after the function and a hash (`__wbg_setAttribute_2006e7b1…`)
// and the module after the glue file; together they are 10 kB of the wasm
// and more of the glue. Binaryen's own pass renames every import, export
// and module to one or two letters and prints the mapping, which is applied
// to the glue here (with the wasm's producers and target-features sections,
// which the browser does not read, dropped). Any name the glue still holds
// afterwards, or one it never held, fails the build.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the imports and exports of `wasmPath` with `wasmOpt` and
 * rewrites `gluePath` (wasm-bindgen's `--target web` output) to match. */
export function shortenNames(wasmPath, gluePath, wasmOpt) {
  // Trunk's one -Oz pass leaves a little that passes until nothing changes
  // take (0.3 kB gzip on the site's first load).
  execFileSync(wasmOpt, [wasmPath, '-Oz', '--converge', '-o', wasmPath]);
  // With the names short, one more -Oz finds more to fold (0.4 kB gzip),
  // and more again where it may take the first 1,024 bytes of memory as
  // unused (1.3 kB): Rust's linker puts the stack first, growing down from
  // 1 MiB, and the data above it, so only a stack within 1 KiB of
  // overflowing could reach them. The wasm is read to be sure.
  const low = lowestAddresses(readFileSync(wasmPath));
  if (low.data < 1024 || low.stack < 1024) throw new Error(`wasm-names: memory below 1024 is used (data from ${low.data}, stack from ${low.stack})`);
  const out = execFileSync(wasmOpt, [wasmPath, '--minify-imports-and-exports-and-modules', '--low-memory-unused', '-Oz', '--strip-producers', '--strip-target-features', '-o', wasmPath], { encoding: 'utf8' });
  const map = JSON.parse(out);
  const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module));
  if (modules.size !== 1) throw new Error(`wasm-names: expected the imports in one module, found ${[...modules]}`);
  const [module] = modules;
  let glue = readFileSync(gluePath, 'utf8');
  const swap = (pattern, to, what) => {
    let found = false;
    glue = glue.replace(pattern, () => { found = true; return to; });
    if (!found) throw new Error(`wasm-names: the glue has no ${what}`);
  };
  const olds = new Set(map.imports.map(([m]) => m));
  for (const old of olds) swap(new RegExp(`${escape(JSON.stringify(old))}(?=: import0\\b)`, 'g'), JSON.stringify(module), `import module ${old}`);
  for (const [, old, now] of map.imports) swap(new RegExp(`(?<=^\\s*)${escape(old)}(?=: function\\b)`, 'gm'), JSON.stringify(now), `import ${old}`);
  for (const [old, now] of map.exports) {
    const uses = new RegExp(`\\bwasm\\.${escape(old)}\\b`, 'g');
    if (uses.test(glue)) swap(uses, `wasm[${JSON.stringify(now)}]`, `export ${old}`);
  }
  const left = glue.match(/\b__wbg_\w+_[0-9a-f]{16}\b|\bwasm\.\w+/);
  if (left) throw new Error(`wasm-names: the glue still uses ${left[0]}`);
  writeFileSync(gluePath, glue);
}

/** The lowest address a data segment starts at and the stack pointer's
 * start (the first mutable i32 global), read from the wasm's data and
 * global sections. */
export function lowestAddresses(bytes) {
  let at = 8;
  const byte = () => bytes[at++];
  const uleb = () => { let n = 0, shift = 0, b; do { b = byte(); n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return n; };
  const sleb = () => { let n = 0, shift = 0, b; do { b = byte(); n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return b & 0x40 ? n - 2 ** shift : n; };
  // A constant expression: `i32.const n end` is n; any other (another
  // type's constant, global.get, ref.null, ref.func, more than one
  // instruction, or one cut off by the end of the file) is unknown, -1
  // (which the caller takes as address 0).
  const constExpr = () => {
    const op = byte();
    let n = -1;
    if (op === 0x41) n = sleb();
    else if (op === 0x42) sleb();
    else if (op === 0x43) at += 4;
    else if (op === 0x44) at += 8;
    else if (op === 0x23 || op === 0xd2) uleb();
    else if (op === 0xd0) byte();
    if (bytes[at] === 0x0b) { at++; return n; }
    while (at < bytes.length && byte() !== 0x0b);
    return -1;
  };
  let data = Infinity, stack = Infinity;
  while (at < bytes.length) {
    const id = byte(), size = uleb(), end = at + size;
    if (id === 6) {
      for (let count = uleb(); count > 0; count--) {
        const type = byte(), mutable = byte(), value = constExpr();
        if (type === 0x7f && mutable === 1 && stack === Infinity) stack = value < 0 ? 0 : value;
      }
    } else if (id === 11) {
      for (let count = uleb(); count > 0; count--) {
        const flags = uleb();
        if (flags === 1) { const length = uleb(); at += length; continue; } // passive: placed by code
        if (flags === 2) uleb(); // memory index
        const offset = constExpr();
        data = Math.min(data, offset < 0 ? 0 : offset);
        const length = uleb();
        at += length;
      }
    }
    at = end;
  }
  return { data, stack };
}
