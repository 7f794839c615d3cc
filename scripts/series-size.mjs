// The first load of a series does not grow with its reports by more than
// the list of them: builds a site of N synthetic meetings (`report
// synth-series`) and a site of its newest two (the same code: a site of one
// report is built without a series' code), and checks that the difference
// in first-load bytes (gzip) is at most what the list itself takes (the
// catalog the wasm embeds and the chooser in the page) plus 1 kB; and that
// a list of all the meetings (`?report=all`), drawn from their outlines,
// would move under 1 MB before it is drawn at 50 meetings. Prints the
// figures. Usage: node scripts/series-size.mjs [N]
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadGzip as total, gzip } from './lib/first-load.mjs';
import { buildSeries, buildSite, report } from './lib/series-site.mjs';

const root = new URL('..', import.meta.url).pathname;
const n = Number(process.argv[2] ?? 20);
const { dir, dist: many, ids } = buildSeries(n);
const two = join(root, 'target/series-newest-2');
rmSync(two, { recursive: true, force: true });
mkdirSync(two);
for (const id of ids.slice(-2)) copyFileSync(join(dir, `${id}.zh.txt`), join(two, `${id}.zh.txt`));
const few = buildSite(two, join(root, 'target/dist-series-2'));

const catalogFile = join(root, `target/catalog-${n}.bin`);
report('catalog', dir, catalogFile);
const chooser = readFileSync(join(many, 'index.html'), 'utf8').match(/<details class="report-choice">[\s\S]*?<\/details>/)?.[0] ?? '';
const list = gzip(readFileSync(catalogFile)) + gzip(Buffer.from(chooser));
const growth = total(many) - total(few);
console.log(`first load, a series of the newest 2: ${(total(few) / 1000).toFixed(1)} kB gzip; of ${n}: ${(total(many) / 1000).toFixed(1)} kB`);
console.log(`growth ${growth} B gzip; the list itself ${list} B (catalog ${gzip(readFileSync(catalogFile))} B, chooser ${gzip(Buffer.from(chooser))} B); allowed ${list + 1000} B`);
if (growth > list + 1000) {
  console.error(`the first load grows by ${growth - list} B more than the list of reports`);
  process.exit(1);
}

// A list of all of them (`?report=all`) is drawn once the first load and
// the other reports' outlines have arrived (texts come when its cards or
// a search need them). Per
// report that is fixed, so the figure for 50 meetings follows from these:
// it must stay under 1 MB.
const outlines = ids.slice(0, -1).map((id) => gzip(readFileSync(join(many, `${id}.outline.bin`))));
const wholes = ids.slice(0, -1).map((id) => gzip(readFileSync(join(many, `${id}.bin`))));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const drawn = (k) => total(many) + (k - 1) * mean(outlines);
console.log(`?report=all draws its list of ${n} after ${(drawn(n) / 1000).toFixed(1)} kB gzip (first load and ${n - 1} outlines of ` +
  `${(mean(outlines) / 1000).toFixed(1)} kB; whole files would be ${(mean(wholes) / 1000).toFixed(1)} kB each); of 50: ${(drawn(50) / 1000).toFixed(1)} kB (allowed 1000 kB)`);
if (drawn(50) > 1e6) {
  console.error('a list of 50 meetings would move more than 1 MB before it is drawn');
  process.exit(1);
}
