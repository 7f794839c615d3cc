// Prints what a first visit downloads (every file of the built site that
// index.html loads), raw and gzip-compressed, and fails over the budget.
// Usage: node scripts/size-budget.mjs [dist] [budget-kB]
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? process.env.SIZE_BUDGET_KB ?? 150) * 1000;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// Files the page fetches on load: those its <script> and <link> tags name
// (not the files its links point to, such as the JSON download; the
// service worker and the map are fetched later).
const tags = (html.match(/<(script|link)\b[^>]*>/g) ?? []).join('\n');
const files = ['index.html', ...readdirSync(dist).filter((f) => f !== 'index.html' && tags.includes(f))];
let raw = 0;
let gz = 0;
console.log('file'.padEnd(48), 'bytes'.padStart(9), 'gzip'.padStart(9));
for (const f of files) {
  const b = readFileSync(join(dist, f));
  const z = gzipSync(b, { level: 9 }).length;
  raw += b.length;
  gz += z;
  console.log(f.padEnd(48), String(b.length).padStart(9), String(z).padStart(9));
}
console.log('total'.padEnd(48), String(raw).padStart(9), String(gz).padStart(9));
console.log(`first load: ${(gz / 1000).toFixed(1)} kB gzip (budget ${budget / 1000} kB, aim 100 kB)`);
if (gz > budget) {
  console.error(`over budget by ${((gz - budget) / 1000).toFixed(1)} kB`);
  process.exit(1);
}
