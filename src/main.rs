fn main() {
    report_explorer::run();
}

// Talc in place of the default dlmalloc: about 3 kB less gzip in the wasm,
// and no slower (see scripts/bench-browser.mjs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
