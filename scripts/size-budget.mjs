// Prints what a first visit downloads (scripts/lib/first-load.mjs), raw
// and gzip-compressed, and fails over the budget.
// Usage: node scripts/size-budget.mjs [dist] [budget-kB]
import { firstLoad } from './lib/first-load.mjs';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? process.env.SIZE_BUDGET_KB ?? 220) * 1000;
const files = firstLoad(dist);
console.log('file'.padEnd(48), 'bytes'.padStart(9), 'gzip'.padStart(9));
for (const f of files) console.log(f.file.padEnd(48), String(f.raw).padStart(9), String(f.gz).padStart(9));
const raw = files.reduce((n, f) => n + f.raw, 0);
const gz = files.reduce((n, f) => n + f.gz, 0);
console.log('total'.padEnd(48), String(raw).padStart(9), String(gz).padStart(9));
console.log(`first load: ${(gz / 1000).toFixed(1)} kB gzip (budget ${budget / 1000} kB)`);
if (gz > budget) {
  console.error(`over budget by ${((gz - budget) / 1000).toFixed(1)} kB (SIZE_BUDGET_KB sets another budget)`);
  process.exit(1);
}
