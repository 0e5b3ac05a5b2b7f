// An editor's own corpus (built with PARALLAX_CORPUS into dist-editor/): values from
// corpus.toml are shown as given by the editor, and a file that cannot be read is named
// on the page with the reason while the rest is still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launch, openPage } from './helpers.mjs';
import { startServer } from './server.mjs';

const DIST = path.join(ROOT, 'dist-editor');
let server;
let browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist-editor/ is built by ./scripts/dev test');
  server = await startServer({ root: DIST, base: '/parallax/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('an editor corpus shows editor values and names the bad file', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${server.url}/parallax/`);
  await page.waitForSelector('#corpus article.card');
  assert.equal(await page.locator('article.card').count(), 1);
  assert.match(await page.locator('#notices').textContent(), /broken\.txt: not valid UTF-8 at byte 39/);
  const outlet = page.locator('[data-doc-id="talks"] .card-outlet');
  assert.equal(await outlet.textContent(), 'The Example Times');
  assert.match(await outlet.getAttribute('title'), /corpus editor/);

  await page.click('[data-doc-id="talks"] h2.card-title a');
  await page.waitForSelector('article#reader[data-doc-id="talks"]');
  assert.match(await page.locator('.editor-note').textContent(), /outlet, date, URL/);
  assert.equal(await page.locator('.meta-url a').getAttribute('href'), 'https://example.org/talks');
  assert.match(await page.locator('.meta-date').textContent(), /30 Nov 2025/);
  const body = await page.locator('.reader-body').innerText();
  assert.ok(!body.includes('Facebook'));
  assert.deepEqual(problems, []);
  await context.close();
});
