// The first load of a series does not grow with its reports by more than
// the list of them: builds a site of N synthetic meetings (`report
// synth-series`) and a site of its newest meeting alone, and checks that
// the difference in first-load bytes (gzip) is at most what the list
// itself takes (the catalog the wasm embeds and the chooser in the page)
// plus 1 kB. Prints the figures. Usage: node scripts/series-size.mjs [N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadGzip as total, gzip } from './lib/first-load.mjs';
import { buildSeries, buildSite, report } from './lib/series-site.mjs';

const root = new URL('..', import.meta.url).pathname;
const n = Number(process.argv[2] ?? 20);
const { dir, dist: many, ids } = buildSeries(n);
const newest = `${ids.at(-1)}.zh.txt`;
const one = buildSite(join(dir, newest), join(root, 'target/dist-series-1'));

const catalogFile = join(root, `target/catalog-${n}.bin`);
report('catalog', dir, catalogFile);
const chooser = readFileSync(join(many, 'index.html'), 'utf8').match(/<details class="report-choice">[\s\S]*?<\/details>/)?.[0] ?? '';
const list = gzip(readFileSync(catalogFile)) + gzip(Buffer.from(chooser));
const growth = total(many) - total(one);
console.log(`first load, ${newest} alone: ${(total(one) / 1000).toFixed(1)} kB gzip; in a series of ${n}: ${(total(many) / 1000).toFixed(1)} kB`);
console.log(`growth ${growth} B gzip; the list itself ${list} B (catalog ${gzip(readFileSync(catalogFile))} B, chooser ${gzip(Buffer.from(chooser))} B); allowed ${list + 1000} B`);
if (growth > list + 1000) {
  console.error(`the first load grows by ${growth - list} B more than the list of reports`);
  process.exit(1);
}
