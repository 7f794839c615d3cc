// Trunk post-build hook: makes the built page strict and offline-capable.
//
// 1. Writes the start-up script anew (the glue imported, the wasm
//    started: none of Trunk's globals and events); minifies it, the head
//    script and the stylesheet, and keeps of the wasm-bindgen glue what it
//    imports (esbuild); gives the wasm's imports and exports short names,
//    in the glue too (scripts/lib/wasm-names.mjs); recomputes the glue's
//    integrity attribute (the wasm preload's goes: Chromium ignores it).
//    Puts the stylesheet, the head script and the icon into the page (the
//    start-up script is there already), so the first paint waits for no
//    other file.
// 2. Adds the Content-Security-Policy: this origin's scripts and wasm
//    ('wasm-unsafe-eval'), the page's own inline script and style by their
//    digest and no other, nothing from another origin.
// 3. Takes what build.rs wrote from the build's one reading of the reports
//    (`report::site::publish`, the same core the page uses) for all that
//    follows: each report's data files beside the page; the
//    language rule, written into the head script so the first paint
//    chooses the language as the app does; the newest report's own
//    <title> and description, so the page names its meeting before any
//    script runs; its default view in the body, so the text is there
//    before and without WebAssembly (the app replaces it when it starts).
//    The page is edited as a parsed document (parse5), not by patterns:
//    its elements are found by name and attribute; the prerendered view
//    takes the place of its comment.
// 4. Writes sw.js, a service worker that caches every file of this build
//    (its cache name is the build's hash, so a new deployment replaces it).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import { parse, parseFragment, serialize } from 'parse5';
import { shortenNames } from './lib/wasm-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const indexPath = join(dir, 'index.html');
const doc = parse(readFileSync(indexPath, 'utf8'));

/** Every node of the document, depth first. */
function* nodes(node) {
  yield node;
  for (const c of node.childNodes ?? []) yield* nodes(c);
}
const elements = (tag) => [...nodes(doc)].filter((n) => n.tagName === tag);
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
function setAttr(el, name, value) {
  const a = el.attrs.find((x) => x.name === name);
  if (a) a.value = value;
  else el.attrs.push({ name, value });
}
/** The one element `tag` that `test` accepts (the build fails otherwise). */
function only(tag, test, what) {
  const found = elements(tag).filter(test);
  if (found.length !== 1) throw new Error(`post-build: index.html has ${found.length} ${what}, not 1`);
  return found[0];
}
const textOf = (el) => el.childNodes.map((c) => c.value ?? '').join('');
/** The file an element's reference names, under any public URL. */
const named = (el) => (attr(el, 'href') ?? attr(el, 'src') ?? '').split('/').pop();
/** The page's references that carry an integrity attribute. */
const withIntegrity = () => [...elements('link'), ...elements('script')].filter((el) => attr(el, 'integrity') !== undefined);

// Trunk's inline start-up script: its element stays in the page, holding
// a start-up script of our own (below) and the service worker's
// registration.
const inline = only('script', (s) => attr(s, 'type') === 'module' && attr(s, 'src') === undefined, 'inline module scripts');
const register = `
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
`;
/** Fails the build unless every integrity attribute of the page is the
 * digest of the file it names, whatever the public URL (a browser refuses
 * a file whose digest differs, and the app would never start). */
function checkIntegrity(root) {
  const tags = withIntegrity();
  if (tags.length === 0) throw new Error('post-build: no integrity attribute in index.html');
  for (const el of tags) {
    const want = attr(el, 'integrity');
    if (!named(el)) throw new Error(`post-build: a <${el.tagName}> with integrity names no file`);
    const [algo] = want.split('-');
    const got = `${algo}-` + createHash(algo).update(readFileSync(join(root, named(el)))).digest('base64');
    if (got !== want) throw new Error(`post-build: ${named(el)} has integrity ${want}, but its bytes give ${got}`);
  }
}
const minify = (code, loader) => transformSync(code, { loader, minify: true, charset: 'utf8', target: 'es2022' }).code;
const sri = (code) => 'sha256-' + createHash('sha256').update(code).digest('base64');
/** Makes `text` (named `what`) the content of `<tag>` element `el`, and
 * gives the policy's source that allows it (the build fails if the text
 * would end the element early). */
function setInline(el, text, tag, what) {
  if (text.toLowerCase().includes(`</${tag}`)) throw new Error(`post-build: ${what} holds </${tag}, it cannot be inlined`);
  el.childNodes = [{ nodeName: '#text', value: text, parentNode: el }];
  return `'${sri(text)}'`;
}
// Only what the app needs of it: the glue imported, the wasm started (its
// start function mounts the app). Trunk's global of the glue's exports
// and its "started" event have no listener here.
const trunkBoot = textOf(inline);
const glueImport = /\bimport\s+\w+\s*,\s*\*\s*as\s+\w+\s+from\s*(['"])([^'"]+\.js)\1/.exec(trunkBoot);
const wasmPath = /module_or_path:\s*(['"])([^'"]+\.wasm)\1/.exec(trunkBoot);
if (!glueImport || !wasmPath) throw new Error(`post-build: Trunk's start-up script is not the one this build knows:\n${trunkBoot}`);
// The app starts in the frame that paints the prerendered text: the head
// script (assets/pre.js) has the header painted alone first, then the rest.
// (Its start fetches the wasm, so it runs on in a task after the paint.)
const painted = `while (document.documentElement.classList.contains('header-first')) await new Promise(requestAnimationFrame);
`;
const start = `import init from ${JSON.stringify(glueImport[2])};\n${painted}await init({ module_or_path: ${JSON.stringify(wasmPath[2])} });\n`;
const boot = minify(start + register, 'js');
const bootSource = setInline(inline, boot, 'script', 'the start-up script');
// What build.rs wrote in the build's one reading of the reports
// (`report::site::publish`): every report's JSON (what `report parse`
// prints: "All data" links to it, the JSON export cuts the paragraphs shown
// out of it), every report as the compact file the page fetches when it is
// chosen (the newest's when its page's texts were changed before the app
// could read them), the lexicon, and what the page is filled with. Taken
// from the wasm build's build-script output whose `report_file` is this
// build's REPORT_FILE (the newest, should there be several).
// (Cargo says where its target folder is: CARGO_TARGET_DIR, a config's
// build.target-dir, or target/.)
const metadata = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const buildDir = join(JSON.parse(metadata).target_directory, 'wasm32-unknown-unknown', process.env.TRUNK_PROFILE ?? 'release', 'build');
const reportFile = process.env.REPORT_FILE ?? null;
const outs = readdirSync(buildDir)
  .filter((d) => d.startsWith('report-explorer-'))
  .map((d) => join(buildDir, d, 'out'))
  .filter((o) => existsSync(join(o, 'site.json')))
  .map((o) => ({ o, site: JSON.parse(readFileSync(join(o, 'site.json'), 'utf8')), at: statSync(join(o, 'site.json')).mtimeMs }))
  .filter(({ site }) => site.report_file === reportFile)
  .sort((a, b) => b.at - a.at);
if (outs.length === 0) throw new Error(`post-build: build.rs wrote no site for REPORT_FILE=${reportFile} under ${buildDir}`);
const { o: out, site } = outs[0];
for (const f of readdirSync(join(out, 'site'))) copyFileSync(join(out, 'site', f), join(dir, f));
const series = site.reports;
const newest = series[0].id;
/** Replaces the one literal `slot` in `text`, which must hold it. */
const fill = (text, slot, value, where) => {
  if (!text.includes(slot)) throw new Error(`post-build: ${where} has no ${slot}`);
  return text.replace(slot, () => value);
};
const prePath = join(dir, 'pre.js');
writeFileSync(prePath, fill(readFileSync(prePath, 'utf8'), '/* lang-rule */ null', JSON.stringify(site.lang_rule), 'pre.js'));

const wasmFile = readdirSync(dir).find((f) => /^report-explorer-.*_bg\.wasm$/.test(f));
if (!wasmFile) throw new Error('post-build: no wasm in the build');
const wasmOpt = new URL('../node_modules/.bin/wasm-opt', import.meta.url).pathname;
const glueFile = wasmFile.replace(/_bg\.wasm$/, '.js');
shortenNames(join(dir, wasmFile), join(dir, glueFile), wasmOpt);
// The glue keeps what the start-up script imports (its `default`, which
// starts the wasm): wasm-bindgen's other export, a synchronous start,
// goes.
const shaken = (f) => buildSync({
  stdin: { contents: `export { default } from ${JSON.stringify('./' + f)};`, resolveDir: dir, loader: 'js' },
  bundle: true, format: 'esm', minify: true, charset: 'utf8', target: 'es2022', write: false,
}).outputFiles[0].text;
// Trunk's files keep their names (hashed from their source); the page's
// references to them get the changed files' integrity.
for (const f of readdirSync(dir)) {
  const loader = f.endsWith('.css') ? 'css' : /^(report-explorer-.*|pre)\.js$/.test(f) ? 'js' : null;
  if (!loader && f !== wasmFile) continue;
  const code = f === glueFile ? shaken(f) : loader ? minify(readFileSync(join(dir, f), 'utf8'), loader) : readFileSync(join(dir, f));
  if (loader) writeFileSync(join(dir, f), code);
  // Trunk writes the reference under the public URL: `./f` by default,
  // `/f` for `--public-url /` (scripts/serve.sh), `/sub/f` for another.
  for (const el of withIntegrity().filter((el) => named(el) === f)) setAttr(el, 'integrity', sri(code));
}
// Chromium does not check a fetch preload's integrity (the wasm's) and
// says so in the console: the attribute goes. The glue's module preload
// keeps its own, which the browser checks.
for (const el of withIntegrity().filter((el) => attr(el, 'rel') === 'preload' && attr(el, 'as') === 'fetch')) {
  el.attrs = el.attrs.filter((a) => a.name !== 'integrity');
}

// The stylesheet and the head script go into the page itself: the first
// paint waits for both, so as files they cost a round trip before
// anything shows (150 ms on a slow connection; the page is 3.8 kB gzip
// larger instead, the first load as large as before). The policy allows
// them and the start-up script by their digest, and no other inline
// script or style.
const sheet = only('link', (l) => attr(l, 'rel') === 'stylesheet', 'stylesheets');
const headScript = only('script', (s) => named(s) === 'pre.js', 'head scripts');
/** Puts file `f`'s text (already minified) into element `el` in place of
 * its reference, removes the file, and gives the policy's source for it. */
function inlined(el, f, tag) {
  const [made] = parseFragment(el.parentNode, `<${tag}></${tag}>`).childNodes;
  const source = setInline(made, readFileSync(join(dir, f), 'utf8'), tag, f);
  made.parentNode = el.parentNode;
  el.parentNode.childNodes.splice(el.parentNode.childNodes.indexOf(el), 1, made);
  rmSync(join(dir, f));
  return source;
}
const styleSource = inlined(sheet, named(sheet), 'style');
const scriptSources = [inlined(headScript, 'pre.js', 'script'), bootSource].join(' ');
// The icon too, as a data: address (img-src allows them): no request.
const icon = only('link', (l) => attr(l, 'rel') === 'icon', 'icons');
const iconFile = named(icon);
icon.attrs = [
  { name: 'rel', value: 'icon' },
  // (Only what a data: address must escape: the markup keeps its letters.)
  { name: 'href', value: 'data:image/svg+xml,' + readFileSync(join(dir, iconFile), 'utf8').trim().replace(/"/g, "'").replace(/[#%<>\s]/g, (c) => (/\s/.test(c) ? ' ' : encodeURIComponent(c))) },
];
rmSync(join(dir, iconFile));

// (Fetches, fonts and the like fall back to default-src; the service
// worker to script-src, which allows this origin.)
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptSources}`,
  `style-src ${styleSource}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
// The policy goes right after the charset declaration.
const charset = only('meta', (m) => attr(m, 'charset') === 'utf-8', 'charset declarations');
const head = charset.parentNode;
const [policy] = parseFragment(head, '<meta http-equiv="Content-Security-Policy">').childNodes;
setAttr(policy, 'content', csp);
policy.parentNode = head;
head.childNodes.splice(head.childNodes.indexOf(charset) + 1, 0, policy);

// The newest report's own <title> and description; the head script tells
// an address that names another report by `data-report`.
const title = only('title', () => true, 'titles');
title.childNodes = [{ nodeName: '#text', value: site.title.zh, parentNode: title }];
setAttr(only('meta', (m) => attr(m, 'name') === 'description', 'descriptions'), 'content', site.description);
setAttr(only('html', () => true, 'html elements'), 'data-report', newest);
// The app draws into its own element before the prerendered view
// (report::site::markup::frame::APP), so that the view can stay a moment
// after it takes over (src/browser.rs says why).
only('div', (d) => attr(d, 'id') === 'app', 'elements the app draws into');
// The prerendered view takes the place of its comment in the body, as the
// core wrote it (a parser would write its `disabled` as `disabled=""`,
// 0.1 kB gzip more).
const slot = [...nodes(doc)].filter((n) => n.nodeName === '#comment' && n.data.trim().startsWith('prerender:'));
if (slot.length !== 1) throw new Error(`post-build: index.html has ${slot.length} prerender comments, not 1`);
checkIntegrity(dir);
writeFileSync(indexPath, fill(serialize(doc), `<!--${slot[0].data}-->`, site.body, 'index.html'));

// The service worker keeps every file of the build at install, but for the
// other reports' files, the newest's compact file (fetched only when the
// page's texts were changed before the app read them) and every outline and
// texts file and the search keys' files (fetched by a list of several
// reports), which it keeps when they are first fetched.
const parts = (id) => [`${id}.outline.bin`, `${id}.texts.bin`];
const all = readdirSync(dir).filter((f) => f !== 'sw.js').sort();
const others = new Set([`${newest}.bin`, ...parts(newest), ...series.slice(1).flatMap((r) => [`${r.id}.bin`, `${r.id}.json`, ...parts(r.id)]),
  ...all.filter((f) => /^keys-\d+\.bin$/.test(f))]);
const files = all.filter((f) => !others.has(f));
const version = createHash('sha256');
for (const f of all) version.update(f).update(readFileSync(join(dir, f)));
const sw = `// Service worker of the report explorer (generated by scripts/post-build.mjs).
const CACHE = 'report-explorer-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)])};
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('report-explorer-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  e.respondWith(caches.open(CACHE).then(async (c) => {
    const hit = await c.match(req, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    try {
      const res = await fetch(req);
      if (res.ok && req.mode !== 'navigate') await c.put(req, res.clone());
      return res;
    } catch (err) {
      if (req.mode === 'navigate') return (await c.match('./')) ?? Response.error();
      throw err;
    }
  }));
});
`;
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`post-build: CSP, ${series.length} report(s), newest ${newest}, prerendered view (${site.body.length} bytes), sw.js caching ${files.length + 1} files (+${others.size} when fetched)`);
