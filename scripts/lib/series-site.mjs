// Builds a site over N synthetic meetings of the real report (`report
// synth-series`, named as synthetic), for the series size check and the
// browser benchmark.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Runs the `report` command line (release build). */
export function report(...args) {
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'report', '--bin', 'report', '--', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Builds the site over `reports` (a file or a folder) into `dist`. */
export function buildSite(reports, dist) {
  execFileSync('trunk', ['build', '--release', '--quiet', '--dist', dist], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, REPORT_FILE: reports } });
  return dist;
}

/** Writes `n` synthetic meetings into target/series-N and builds their
 * site into target/dist-series-N. Returns the folder, the site and the
 * report ids, oldest first. */
export function buildSeries(n) {
  const dir = join(root, `target/series-${n}`);
  rmSync(dir, { recursive: true, force: true });
  report('synth-series', String(n), 'data/reports/wg-prevention-2017-08.zh.txt', dir);
  const ids = readdirSync(dir).sort().map((f) => f.replace(/\.zh\.txt$/, ''));
  return { dir, dist: buildSite(dir, join(root, `target/dist-series-${n}`)), ids };
}
