// How fast the page answers a reader, measured in Debian's headless Chromium on a release
// build: a click on a name in the facets and a keystroke in the search box, from the
// event to the updated page (the app's `parallax:update` performance measure, taken after
// Yew has rendered) and to the next animation frame; the query alone (`parallax:query`);
// the size of the DOM. Beside it, MiniSearch (npm) indexes and searches the same passages
// in the same page, with the same queries, for the index build and query times of both.
//
//   node tests/e2e/bench/filter-speed.mjs DIST CORPUS_DIR [LABEL]
//
// DIST is a release build for /parallax/ of CORPUS_DIR (its passages, read through
// `target/release/parallax export`, feed MiniSearch). Prints markdown tables.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, launch } from '../helpers.mjs';
import { startServer } from '../server.mjs';

const [dist, corpusDir, label = path.basename(corpusDir ?? '')] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 15);
const cli = path.join(ROOT, 'target/release/parallax');
if (!dist || !corpusDir || !fs.existsSync(path.join(dist, 'index.html')) || !fs.existsSync(cli)) {
  console.error('filter-speed: node tests/e2e/bench/filter-speed.mjs DIST CORPUS_DIR [LABEL]');
  console.error('  DIST: a release build for /parallax/ of CORPUS_DIR; needs target/release/parallax (cargo build --release --bin parallax)');
  process.exit(1);
}
const require = createRequire(import.meta.url);
// The UMD build defines window.MiniSearch; the package's exports map hides it, so read the file.
const MINISEARCH = fs.readFileSync(path.join(path.dirname(require.resolve('minisearch')), '../umd/index.js'), 'utf8');

const exported = JSON.parse(execFileSync(cli, ['export', corpusDir], { maxBuffer: 1 << 30 }).toString());
const passages = exported.documents.flatMap((d, i) => d.passages.map((p, j) => ({ id: `${i}:${j}`, text: p.text })));

const server = await startServer({ root: path.resolve(dist), base: '/parallax/' });
const browser = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const p90 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] : NaN;
};
const ms = (x) => `${x.toFixed(1)} ms`;

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/parallax/#/`);
  await page.waitForSelector('.facet-entities .facet-item');
  const domHome = await page.evaluate(() => document.getElementsByTagName('*').length);
  // The app builds its text index shortly after the first paint.
  await page.waitForFunction(() => performance.getEntriesByName('parallax:index').length > 0, null, { timeout: 60_000 });
  const indexBuild = await page.evaluate(() => performance.getEntriesByName('parallax:index')[0].duration);

  // In the page: act, wait for the app's measure of the update, then for the next frame.
  await page.evaluate(() => {
    window.__timeUpdate = async (act) => {
      performance.clearMeasures();
      const t0 = performance.now();
      act();
      await new Promise((resolve) => {
        const poll = () => (performance.getEntriesByName('parallax:update').length ? requestAnimationFrame(() => resolve()) : setTimeout(poll, 0));
        poll();
      });
      const get = (n) => performance.getEntriesByName(n)[0]?.duration ?? NaN;
      return { update: get('parallax:update'), query: get('parallax:query'), index: get('parallax:index'), frame: performance.now() - t0 };
    };
  });

  // Clicks: the most-mentioned person on, then off, RUNS times.
  const slug = await page.locator('.facet-person .entity-item').first().getAttribute('data-entity');
  const clicks = [];
  let domFiltered = 0;
  let hitsShown = 0;
  for (let i = 0; i < RUNS * 2; i++) {
    clicks.push(await page.evaluate((s) => window.__timeUpdate(() => document.querySelector(`#f-e-${s}`).click()), slug));
    if (i === 0) {
      domFiltered = await page.evaluate(() => document.getElementsByTagName('*').length);
      hitsShown = await page.locator('.hit').count();
    }
  }
  const resultLine = await page.evaluate(() => document.querySelector('.result-count')?.textContent);

  // Keystrokes: type the start of that person's name, letter by letter, RUNS times.
  const name = (await page.locator(`[data-entity="${slug}"] .ent`).first().textContent()).split(' ').pop().toLowerCase();
  const word = name.slice(0, Math.min(6, name.length));
  const keys = [];
  for (let r = 0; r < RUNS; r++) {
    await page.evaluate(() => { location.hash = '#/'; });
    await page.waitForFunction(() => document.querySelector('#q')?.value === '');
    await page.focus('#q');
    for (const ch of word) {
      const t = await page.evaluate(async (c) => {
        const input = document.querySelector('#q');
        return window.__timeUpdate(() => {
          input.value += c;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: 'insertText' }));
        });
      }, ch);
      keys.push(t);
    }
  }

  // The same queries through Parallax (query alone) and MiniSearch.
  const queries = [word, `${word.slice(0, 3)}`, `"${(exported.documents[0]?.passages[1]?.text ?? 'the').split(/\s+/).slice(0, 2).join(' ')}"`, 'the', 'said'];
  const parallaxQueries = [];
  const parallaxCounts = {};
  for (const q of queries) {
    for (let r = 0; r < 5; r++) {
      await page.evaluate((h) => { performance.clearMeasures(); location.hash = h; }, `#/?q=${encodeURIComponent(q).replace(/%20/g, '+')}&page=${r + 2}`);
      await page.waitForFunction(() => performance.getEntriesByName('parallax:query').length > 0);
      parallaxQueries.push(await page.evaluate(() => performance.getEntriesByName('parallax:query')[0].duration));
      if (r === 0) {
        await page.waitForFunction(() => /passages? in/.test(document.querySelector('.result-count')?.textContent ?? ''));
        parallaxCounts[q] = await page.evaluate(() => document.querySelector('.result-count').textContent.match(/^(\d+)/)?.[1]);
      }
    }
  }
  await page.addScriptTag({ content: MINISEARCH });
  const mini = await page.evaluate(({ docs, queries }) => {
    const t0 = performance.now();
    const index = new MiniSearch({ fields: ['text'], idField: 'id' });
    index.addAll(docs);
    const build = performance.now() - t0;
    const times = [];
    const counts = {};
    for (const q of queries) {
      for (let r = 0; r < 5; r++) {
        const phrase = q.startsWith('"');
        const s = performance.now();
        const found = index.search(phrase ? q.slice(1, -1) : q, { prefix: (term, i, terms) => i === terms.length - 1, combineWith: 'AND' });
        times.push(performance.now() - s);
        counts[q] = found.length;
      }
    }
    return { build, times, counts };
  }, { docs: passages, queries });

  console.log(`\n#### ${label}: ${exported.documents.length} documents, ${passages.length} passages\n`);
  console.log('| measure | median | p90 |');
  console.log('| --- | ---: | ---: |');
  const row = (what, xs) => console.log(`| ${what} | ${ms(median(xs))} | ${ms(p90(xs))} |`);
  row(`facet click → page updated (\`parallax:update\`), ${clicks.length} clicks`, clicks.map((c) => c.update));
  row('facet click → next animation frame', clicks.map((c) => c.frame));
  row('facet click: the query alone (`parallax:query`)', clicks.map((c) => c.query));
  row(`keystroke → page updated, ${keys.length} keystrokes (“${word}”)`, keys.map((k) => k.update));
  row('keystroke → next animation frame', keys.map((k) => k.frame));
  console.log(`\nDOM elements: ${domHome} on the first screen, ${domFiltered} with one name selected (${resultLine}; ${hitsShown} passages on the page).`);
  console.log(`\n| search, same ${passages.length} passages, same page | Parallax | MiniSearch 7 |`);
  console.log('| --- | ---: | ---: |');
  console.log(`| index build | ${ms(indexBuild)} (once, 250 ms after the first paint) | ${ms(mini.build)} |`);
  console.log(`| query, median of ${parallaxQueries.length} | ${ms(median(parallaxQueries))} (matching, facets and counts) | ${ms(median(mini.times))} (ranked ids) |`);
  console.log(`| query, p90 | ${ms(p90(parallaxQueries))} | ${ms(p90(mini.times))} |`);
  console.log(`\nQueries (passages found by Parallax / MiniSearch): ${queries.map((q) => `\`${q}\` ${parallaxCounts[q]} / ${mini.counts[q]}`).join(', ')}.`);
  if (errors.length) {
    console.error('page errors:', errors);
    process.exitCode = 1;
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
