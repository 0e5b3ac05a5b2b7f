// Time for a reader's own articles to be read in the browser: from handing files to the
// file picker until each file's report is on the page (the analyser worker fetched and
// started, the files read, the whole corpus analysed again, the screens mounted again).
// A fresh browser context per run, so the worker is fetched each time as on a first add;
// then, in the same context, the same files again (a cached worker, only the work).
// Prints a markdown table. Needs dist/ (./scripts/dev build /parallax/).
// Usage: node tests/e2e/bench/add-speed.mjs [folder of .txt files, default eval/heldout12]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DIST, launch } from '../helpers.mjs';
import { startServer } from '../server.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const dir = path.resolve(ROOT, process.argv[2] ?? 'eval/heldout12');
if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error('add-speed: needs dist/ built for /parallax/ (./scripts/dev build /parallax/)');
  process.exit(1);
}
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(dir, name)) }));
const server = await startServer({ root: DIST, base: '/parallax/' });
const browser = await launch();

/** Milliseconds from picking `files` until the page reports on each of them. */
async function add(page) {
  // A clean start: nothing kept from the last run, the page loaded again.
  await page.evaluate(() => window.localStorage.removeItem('parallax:added'));
  await page.reload();
  await page.waitForSelector('#add-articles > summary');
  await page.click('#add-articles > summary');
  const start = Date.now();
  await page.setInputFiles('#add-files', files);
  await page.waitForFunction((n) => document.querySelectorAll('#add-status .add-report').length === n, files.length, { timeout: 120000 });
  return Date.now() - start;
}

const first = [];
const again = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/parallax/`);
  first.push(await add(page));
  again.push(await add(page));
  await context.close();
}
await browser.close();
await server.close();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const bytes = files.reduce((n, f) => n + f.buffer.length, 0);
console.log(`Adding ${files.length} articles (${bytes} bytes, ${path.relative(ROOT, dir)}) to the default corpus, ${RUNS} runs, median (min–max):`);
console.log('| | ms |');
console.log('| --- | ---: |');
console.log(`| first add (worker fetched and started) | ${median(first)} (${Math.min(...first)}–${Math.max(...first)}) |`);
console.log(`| again in the same tab (worker cached) | ${median(again)} (${Math.min(...again)}–${Math.max(...again)}) |`);
