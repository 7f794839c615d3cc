// A report as the UN publishes it: the real report typeset as UN-style PDFs
// (tests/fixtures/pdf/typeset.mjs: masthead, running header and footer, in
// two styles) by headless Chromium, extracted by poppler's pdftotext with
// and without -layout. Every extraction must parse to the model of today's
// text (paragraphs, title, meeting, attendance, citations: all of it but
// source line numbers and the diagnostics), plus the symbol and the other
// masthead facts; `report check` accounts for every character and warns of
// nothing. The PDFs are made at test time under target/pdf/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = `${ROOT}target/pdf`;
const REAL = 'data/reports/wg-prevention-2017-08.zh.txt';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
const report = (...args) => run('cargo', ['run', '--quiet', '-p', 'report', '--bin', 'report', '--', ...args]);

/** The model without what depends on where lines stand in the file. */
function placeless(model) {
  const strip = (v) => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k]) => !['line', 'lines', 'diagnostics'].includes(k)).map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  return strip(model);
}

const today = JSON.parse(report('parse', REAL));

for (const style of ['un', 'dash']) {
  test(`a UN-style PDF (${style}) extracted by pdftotext, with and without -layout, reads as today's text`, { timeout: 300_000 }, () => {
    mkdirSync(OUT, { recursive: true });
    const pdf = `${OUT}/${style}.pdf`;
    run('node', ['tests/fixtures/pdf/typeset.mjs', REAL, pdf, style]);
    assert.ok(Number(run('pdfinfo', [pdf]).match(/Pages:\s+(\d+)/)[1]) > 5, 'several pages');
    // The PDF itself, as the build reads it (alone, or in a folder as
    // <id>.zh.pdf), gives the model of its pdftotext text.
    const direct = JSON.parse(report('parse', pdf));
    run('pdftotext', ['-enc', 'UTF-8', '-eol', 'unix', pdf, `${OUT}/${style}-direct.txt`]);
    assert.deepEqual(placeless(direct), placeless(JSON.parse(report('parse', `${OUT}/${style}-direct.txt`))));
    assert.match(report('check', pdf), /warnings\s+0/);
    const site = `${OUT}/site-${style}`;
    rmSync(site, { recursive: true, force: true });
    mkdirSync(`${site}/out`, { recursive: true });
    copyFileSync(pdf, `${site}/fixture-pdf-${style}.zh.pdf`);
    const published = JSON.parse(report('publish', site, `${site}/out`));
    assert.deepEqual(published.reports.map((r) => [r.id, r.paragraphs]), [[`fixture-pdf-${style}`, 93]]);
    for (const layout of [[], ['-layout']]) {
      const txt = `${OUT}/${style}${layout.length ? '-layout' : ''}.txt`;
      run('pdftotext', [...layout, '-enc', 'UTF-8', pdf, txt]);
      const model = JSON.parse(report('parse', txt));
      const { symbol, distributed, original_language: original, ...meeting } = model.meeting;
      assert.deepEqual({ symbol, distributed, original }, { symbol: 'CAC/COSP/WG.4/2017/4', distributed: '2017-09-07', original: 'English' });
      const { symbol: none, distributed: _d, original_language: _o, ...todays } = today.meeting;
      assert.equal(none, null, 'the text without a masthead has no symbol');
      assert.deepEqual(placeless({ ...model, meeting }), placeless({ ...today, meeting: todays }), `${txt} reads as today's text`);
      const kinds = Object.fromEntries(model.diagnostics.removed.map((r) => [r.kind, r.lines]));
      assert.ok(kinds['page-number'] > 5 && kinds['running-header'] > 5 && kinds.masthead > 5, JSON.stringify(kinds));
      const check = report('check', txt);
      assert.match(check, /warnings\s+0/);
      assert.match(check, /characters\s+\d+ in the source = 43 title/);
    }
  });
}

// The Conference-form fixture (resolutions and a decision reproduced after
// paragraph 1, an annex listing documents a symbol a line) as a PDF: its
// page furniture goes, and the texts kept apart stay whole, as in its text.
test('a Conference-form report as a PDF keeps its resolutions, decision and annex whole', { timeout: 300_000 }, () => {
  const COSP = 'tests/fixtures/fixture-cosp-2019-12.zh.txt';
  const text = JSON.parse(report('parse', COSP));
  assert.deepEqual(text.apart.map((a) => [a.kind, a.label]), [
    ['resolution', '第 8/1 号决议'], ['resolution', '第 8/2 号决议'], ['decision', '第 8/3 号决定'], ['annex', '附件'],
  ]);
  mkdirSync(OUT, { recursive: true });
  const pdf = `${OUT}/cosp.pdf`;
  run('node', ['tests/fixtures/pdf/typeset.mjs', COSP, pdf, 'un']);
  for (const layout of [[], ['-layout']]) {
    const txt = `${OUT}/cosp${layout.length ? '-layout' : ''}.txt`;
    run('pdftotext', [...layout, '-enc', 'UTF-8', pdf, txt]);
    const model = JSON.parse(report('parse', txt));
    const drop = ({ symbol, distributed, original_language, ...rest }) => rest;
    assert.deepEqual(placeless({ ...model, meeting: drop(model.meeting) }), placeless({ ...text, meeting: drop(text.meeting) }), `${txt} reads as the fixture's text`);
    assert.match(report('check', txt), /warnings\s+0/);
  }
});
