// What a first visit of a built site downloads: index.html and every file
// its <script> and <link> tags name (not the files its links point to,
// such as the JSON download; the service worker, the map and the other
// reports are fetched later), raw and gzip-compressed.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** [{ file, raw, gz }] for each file of the first load of `dist`. */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = (html.match(/<(script|link)\b[^>]*>/g) ?? []).join('\n');
  const files = ['index.html', ...readdirSync(dist).filter((f) => f !== 'index.html' && tags.includes(f))];
  return files.map((file) => {
    const b = readFileSync(join(dist, file));
    return { file, raw: b.length, gz: gzip(b) };
  });
}

/** The first load of `dist`, gzip bytes in all. */
export const firstLoadGzip = (dist) => firstLoad(dist).reduce((n, f) => n + f.gz, 0);
