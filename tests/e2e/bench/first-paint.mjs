// Time from navigation to the first screen painted: the release build against a static
// HTML page holding the same text, served the same way (same server, same subpath
// depth, same CSS), in Debian's headless Chromium. Also the time until the corpus cards
// are in the page. Prints a markdown table. The static page is left in dist-static/.
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
  console.error('first-paint: needs target/release/parallax and dist/ built for /parallax/:');
  console.error('  cargo build --release --bin parallax && ./scripts/dev build /parallax/');
  console.error('or run ./scripts/dev bench, which builds both.');
  process.exit(1);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const corpus = JSON.parse(execFileSync(cli, ['export', path.join(ROOT, 'corpus')], { maxBuffer: 1 << 28 }).toString());
const css = fs.readdirSync(DIST).find((f) => f.endsWith('.css'));
const staticDir = path.join(ROOT, 'dist-static');
fs.rmSync(staticDir, { recursive: true, force: true });
fs.mkdirSync(staticDir);
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

// Notes the time the first element matching `selector` enters the page. It runs in the
// page before any of its scripts, so the time does not include Playwright's round trips.
function watchFor(selector) {
  const note = () => {
    if (window.__readyAt === undefined && document.querySelector(selector)) {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(document, { childList: true, subtree: true });
}

async function measure(url, ready) {
  // A fresh context each run: empty cache, no service worker, no stored state.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchFor, ready);
  await page.goto(url);
  await page.waitForSelector(ready);
  const t = await page.evaluate(async () => {
    // The paint entry is recorded just after the frame; wait for it without a timer.
    const fcp = await new Promise((resolve) => {
      const found = performance.getEntriesByName('first-contentful-paint')[0];
      if (found) return resolve(found.startTime);
      new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
    });
    return { fcp, ready: window.__readyAt ?? performance.now() };
  });
  await context.close();
  return t;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
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

const ms = (x) => `${x.toFixed(1)} ms`;
const row = (name, runs) => {
  const fcp = runs.map((t) => t.fcp);
  const ready = runs.map((t) => t.ready);
  return `| ${name} | ${ms(median(fcp))} | ${ms(p90(fcp))} | ${ms(median(ready))} | ${ms(p90(ready))} |`;
};
const ratio = (key) => (median(app.map((t) => t[key])) / median(stat.map((t) => t[key]))).toFixed(2);
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}, Node ${process.versions.node}; ${new Date().toISOString().slice(0, 10)}; ${RUNS} runs each, interleaved, each in a fresh browser context`);
console.log('');
console.log('| page | first contentful paint, median | p90 | cards in the page, median | p90 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(row('Parallax (WASM, corpus screen)', app));
console.log(row('static HTML, same text and CSS', stat));
console.log(`| **ratio (Parallax / static)** | **${ratio('fcp')}×** | | **${ratio('ready')}×** | |`);
