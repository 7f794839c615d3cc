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
  // With the names short, one more -Oz finds more to fold (0.4 kB gzip).
  const out = execFileSync(wasmOpt, [wasmPath, '--minify-imports-and-exports-and-modules', '-Oz', '--strip-producers', '--strip-target-features', '-o', wasmPath], { encoding: 'utf8' });
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
