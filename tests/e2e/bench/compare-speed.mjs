// How fast the comparison answers a reader, in Debian's headless Chromium on the release
// build in dist/ (public URL /parallax/): from the click to the next animation frame after
// the app's `parallax:update` measure, for the "only facts two or more articles report"
// switch and for a change of base article (the table is rebuilt with its word diffs).
//
//   node tests/e2e/bench/compare-speed.mjs [ID,ID,...]
//
// Default: the three seed articles about the talks of 30 November. Prints a markdown table.
import { site, openAt } from '../helpers.mjs';

const ids = process.argv[2] ?? '000_331cab4fce0811e8,001_6ebb02524a7f715b,004_22fc1bf83a374540';
const RUNS = Number(process.env.RUNS ?? 12);
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/** Clicks `selector` (the `nth` match) and waits for the page to update and paint. */
function clickAndWait(page, selector, nth) {
  return page.evaluate(
    ([sel, n]) =>
      new Promise((resolve) => {
        performance.clearMeasures();
        const t0 = performance.now();
        document.querySelectorAll(sel)[n].click();
        const poll = () => (performance.getEntriesByName('parallax:update').length ? requestAnimationFrame(() => resolve(performance.now() - t0)) : setTimeout(poll, 0));
        poll();
      }),
    [selector, nth],
  );
}

const s = await site();
try {
  const { page } = await openAt(s.browser, `${s.base}#/compare/${ids}`, { viewport: { width: 1400, height: 900 } });
  await page.waitForSelector('.fact-table');
  const rows = await page.locator('.fact-table tbody tr').count();
  const columns = await page.locator('input[name="base"]').count();
  const toggle = [];
  const base = [];
  for (let k = 0; k < RUNS; k++) toggle.push(await clickAndWait(page, '#shared-only', 0));
  // Each click picks a base that is not the current one.
  for (let k = 0; k < RUNS; k++) base.push(await clickAndWait(page, 'input[name="base"]', (k + 1) % columns));
  console.log(`${columns} articles, ${rows} rows, ${RUNS} runs each\n`);
  console.log('| action | median ms | max ms |\n| --- | ---: | ---: |');
  console.log(`| "only facts two or more articles report" → next frame | ${median(toggle).toFixed(1)} | ${Math.max(...toggle).toFixed(1)} |`);
  console.log(`| base article changed → next frame | ${median(base).toFixed(1)} | ${Math.max(...base).toFixed(1)} |`);
} finally {
  await s.close();
}
