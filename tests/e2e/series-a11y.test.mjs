// Accessibility of a site of several reports (tests/fixtures/series):
// axe-core finds no WCAG 2.1 AA violation in the report chooser, a State
// across meetings, the series overview and the list of all meetings, in
// light and dark mode. (Apart from series.test.mjs so each file stays short.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { setup } from './harness.mjs';

const DIST = process.env.SERIES_DIST ?? new URL('../../target/dist-series', import.meta.url).pathname;
const ctx = setup(DIST);

for (const [name, query] of [['chooser open', ''], ['State across meetings', '&view=entity:CHN'], ['series overview', '&view=overview'], ['all meetings', '&report=all&speaker=CHN']]) {
  for (const scheme of ['light', 'dark']) {
    test(`${name}, ${scheme}: no WCAG 2.1 AA violation`, async () => {
      const page = await ctx.open(`?lang=en${query}`, { colorScheme: scheme });
      if (query === '') await page.locator('[data-testid=report-choice] summary').click();
      else if (query.includes('view=')) await page.waitForSelector('[data-testid=across-table], [data-testid=state-meeting-matrix]');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')}`);
      assert.deepEqual(found, []);
    });
  }
}
