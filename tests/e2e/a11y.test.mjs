// Accessibility: axe-core finds no WCAG 2.1 AA violation in the main,
// filtered, country, article and overview views, in both languages, in
// light and dark mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { setup } from './harness.mjs';

const ctx = setup();

const VIEWS = [
  ['main', ''],
  ['filtered', '&speaker=CHN&topic=education&q=教育'],
  ['country', '&view=entity:QAT'],
  ['article', '&view=article:13'],
  ['overview', '&view=overview'],
  ['empty', '&speaker=CHN&topic=criminal-justice'],
];

for (const scheme of ['light', 'dark']) {
  for (const lang of ['zh', 'en']) {
    for (const [name, query] of VIEWS) {
      test(`${name} view, ${lang}, ${scheme}: no WCAG 2.1 AA violation`, async () => {
        const page = await ctx.open(`?lang=${lang}${query}`, { colorScheme: scheme });
        await page.waitForSelector('main .toolbar');
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')} ${v.nodes[0].failureSummary?.split('\n')[1] ?? ''}`);
        assert.deepEqual(found, []);
      });
    }
  }
}
