// Time from navigation to the first screen painted: the release build against a static
// HTML page holding the same text, served the same way (same server, same subpath
// depth, same CSS), in Debian's headless Chromium. Prints a markdown table.
// Needs dist/ (./scripts/dev build /parallax/) and target/release/parallax.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, DIST, launch } from '../helpers.mjs';
import { startServer } from '../server.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const cli = path.join(ROOT, 'target/release/parallax');
if (!fs.existsSync(cli) || !fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error('first-paint: needs target/release/parallax and dist/ (run ./scripts/dev bench)');
  process.exit(1);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const corpus = JSON.parse(execFileSync(cli, ['export', path.join(ROOT, 'corpus')], { maxBuffer: 1 << 28 }).toString());
const css = fs.readdirSync(DIST).find((f) => f.endsWith('.css'));
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-static-'));
if (css) fs.copyFileSync(path.join(DIST, css), path.join(staticDir, css));
const articles = corpus.documents
  .map((d) => `<article class="card"><h2 class="card-title">${escape(d.title)}</h2>${d.passages.map((p) => `<p>${escape(p.text)}</p>`).join('')}</article>`)
  .join('\n');
fs.writeFileSync(
  path.join(staticDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${css ? `<link rel="stylesheet" href="${css}">` : ''}<title>Static</title></head><body><main><section id="corpus"><h1>The corpus</h1>${articles}</section></main></body></html>`,
);

const server = await startServer([{ root: DIST, base: '/parallax/' }, { root: staticDir, base: '/static/' }]);
const browser = await launch();

async function measure(url, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(ready);
  const t = await page.evaluate(async () => {
    // The paint entry is recorded just after the frame; wait for it without a timer.
    const fcp = await new Promise((resolve) => {
      const found = performance.getEntriesByName('first-contentful-paint')[0];
      if (found) return resolve(found.startTime);
      new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
    });
    return { fcp, ready: performance.now() };
  });
  await context.close();
  return t;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const app = [];
const stat = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so machine noise hits both alike.
  app.push(await measure(`${server.url}/parallax/`, '#corpus article.card'));
  stat.push(await measure(`${server.url}/static/`, '#corpus article.card'));
}
await browser.close();
await server.close();

const appFcp = app.map((t) => t.fcp);
const statFcp = stat.map((t) => t.fcp);
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}; ${new Date().toISOString().slice(0, 10)}; ${RUNS} runs each, interleaved`);
console.log('');
console.log('| page | first contentful paint, median | p90 |');
console.log('| --- | ---: | ---: |');
console.log(`| Parallax (WASM, corpus screen) | ${median(appFcp).toFixed(1)} ms | ${p90(appFcp).toFixed(1)} ms |`);
console.log(`| static HTML, same text and CSS | ${median(statFcp).toFixed(1)} ms | ${p90(statFcp).toFixed(1)} ms |`);
console.log(`| **ratio (Parallax / static)** | **${(median(appFcp) / median(statFcp)).toFixed(2)}×** | |`);
