// Shared by the end-to-end tests and the browser benchmarks: Debian's Chromium driven
// by playwright-core, and the release build served under /parallax/ like GitHub Pages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'tests/e2e/out');
export const BASE = '/parallax/';

// Without the background-networking flags Chromium floods the closed network.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Debian's Chromium (or $CHROMIUM), headless. Each launch gets a fresh profile: Playwright
 * makes a temporary user-data-dir for it and deletes it when the browser closes.
 */
export async function launch() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/** Starts the server on dist/ and a browser; `site.close()` stops both. */
export async function site() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`no release build in ${DIST}: run ./scripts/dev build ${BASE}`);
  }
  const server = await startServer({ root: DIST, base: BASE });
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    // A listening server would keep the test process alive after the failure.
    await server.close();
    throw e;
  }
  fs.mkdirSync(OUT, { recursive: true });
  return {
    base: server.url + BASE,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh page that records console errors, page errors and dialogs. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  return { page, problems, context };
}

/** Opens `url` in a fresh page (see `openPage`) and waits for the app's first screen. */
export async function openAt(browser, url, options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.goto(url);
  await opened.page.waitForSelector('main#content > *');
  return opened;
}

/** Waits until the address matches `pattern` and the page has painted that view. */
export async function waitForHash(page, pattern) {
  await page.waitForFunction((p) => new RegExp(p).test(location.hash), pattern.source);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}

/** The axe-core violations of the page that are serious or critical, one line each. */
export async function seriousViolations(page) {
  const axe = fs.readFileSync(path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axe });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
