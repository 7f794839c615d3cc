// The first load of a series does not grow with its reports by more than
// the list of them: builds a site of N synthetic meetings (`report
// synth-series`) and a site of its newest meeting alone, and checks that
// the difference in first-load bytes (gzip) is at most what the list
// itself takes (the catalog the wasm embeds and the chooser in the page)
// plus 1 kB. Prints the figures. Usage: node scripts/series-size.mjs [N]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoad, gzip } from './lib/first-load.mjs';

const root = new URL('..', import.meta.url).pathname;
const n = Number(process.argv[2] ?? 20);
const dir = join(root, `target/series-${n}`);
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const cli = (...args) => run('cargo', ['run', '--quiet', '--release', '-p', 'report', '--bin', 'report', '--', ...args]);

rmSync(dir, { recursive: true, force: true });
cli('synth-series', String(n), 'data/reports/wg-prevention-2017-08.zh.txt', dir);
const newest = readdirSync(dir).sort().at(-1);
const site = (path, out) => { run('trunk', ['build', '--release', '--quiet', '--dist', out], { REPORT_FILE: path }); return out; };
const many = site(dir, join(root, `target/dist-series-${n}`));
const one = site(join(dir, newest), join(root, 'target/dist-series-1'));

const total = (d) => firstLoad(d).reduce((s, f) => s + f.gz, 0);
const catalogFile = join(root, `target/catalog-${n}.bin`);
cli('catalog', dir, catalogFile);
const chooser = readFileSync(join(many, 'index.html'), 'utf8').match(/<details class="report-choice">[\s\S]*?<\/details>/)?.[0] ?? '';
const list = gzip(readFileSync(catalogFile)) + gzip(Buffer.from(chooser));
const growth = total(many) - total(one);
console.log(`first load, ${newest} alone: ${(total(one) / 1000).toFixed(1)} kB gzip; in a series of ${n}: ${(total(many) / 1000).toFixed(1)} kB`);
console.log(`growth ${growth} B gzip; the list itself ${list} B (catalog ${gzip(readFileSync(catalogFile))} B, chooser ${gzip(Buffer.from(chooser))} B); allowed ${list + 1000} B`);
if (growth > list + 1000) {
  console.error(`the first load grows by ${growth - list} B more than the list of reports`);
  process.exit(1);
}
