// What a reader does, on the release build served under /parallax/ as GitHub Pages
// serves it: open the corpus, open an article, reveal the chrome, go back, reload a
// deep link, use the keyboard, a phone-sized screen and dark mode, and survive bad links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { site, openPage, OUT } from './helpers.mjs';

const WSJ = '004_22fc1bf83a374540';
const AXIOS = '000_331cab4fce0811e8';
let s;

before(async () => {
  s = await site();
});
after(async () => {
  await s?.close();
});

async function open(url, options) {
  const { page, problems, context } = await openPage(s.browser, options);
  await page.goto(url);
  await page.waitForSelector('main#content > *');
  return { page, problems, context };
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test('the corpus lists every article with its excerpts and honest unknowns', async () => {
  const { page, problems, context } = await open(s.base, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('#corpus article.card');
  assert.equal(await page.locator('article.card').count(), 5);
  assert.equal(await page.title(), 'Parallax · 5 articles');
  const outlets = await page.locator(`[data-doc-id="${WSJ}"] li.excerpt .excerpt-outlet`).allTextContents();
  assert.deepEqual(outlets, ['The Washington Post', 'The New York Times', 'CNN']);
  for (const id of ['002_a48fdd5eaebd3c3c', '003_79936879f0c89743']) {
    assert.equal(await page.locator(`[data-doc-id="${id}"] .card-outlet`).textContent(), 'Unknown outlet');
  }
  assert.equal(await page.locator('[data-doc-id="002_a48fdd5eaebd3c3c"] .derived').count(), 1);
  assert.equal(await page.locator('[data-doc-id="002_a48fdd5eaebd3c3c"] .card-date').textContent(), 'Date unknown');
  await page.screenshot({ path: path.join(OUT, 'corpus-desktop.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('open an article, reveal the removed chrome, share the link, go back', async () => {
  const { page, problems, context } = await open(s.base, { viewport: { width: 1280, height: 900 } });
  await page.click(`[data-doc-id="${WSJ}"] h2.card-title a`);
  await page.waitForSelector(`article#reader[data-doc-id="${WSJ}"]`);
  assert.equal(await page.locator('.meta-outlet').textContent(), 'The Wall Street Journal');
  assert.equal(await page.locator('.meta-authors').textContent(), 'Deborah Acosta and Robbie Gramer');
  assert.match(await page.locator('.meta-date').textContent(), /30 Nov 2025/);
  assert.equal(await page.locator('.meta-dateline').textContent(), 'HALLANDALE BEACH, Fla.');
  assert.match(await page.title(), /^After ‘Productive’ Meeting .* · Parallax$/);
  const chrome = ['Get link', 'Pinterest', 'Post a Comment', 'Write to Deborah', 'GETTY IMAGES'];
  const body = await page.locator('article#reader').innerText();
  for (const c of chrome) assert.ok(!body.includes(c), `${c} is hidden`);
  assert.equal(await page.locator('.removed').count(), 0, 'removed chrome is not in the page while hidden');
  assert.equal(await page.locator('#toggle-chrome').getAttribute('aria-pressed'), 'false');

  await page.click('#toggle-chrome');
  await page.waitForSelector('.removed[data-reason="share-bar"]');
  assert.match(page.url(), /chrome=shown/);
  assert.equal(await page.locator('#toggle-chrome').getAttribute('aria-pressed'), 'true');
  const revealed = (await page.locator('.removed').allInnerTexts()).join('\n');
  for (const c of chrome) assert.ok(revealed.includes(c), `${c} is revealed as removed chrome`);
  await page.screenshot({ path: path.join(OUT, 'reader-desktop-chrome.png'), fullPage: true });

  // The link reproduces the view in a fresh tab.
  const shared = page.url();
  const other = await open(shared, { viewport: { width: 1280, height: 900 } });
  await other.page.waitForSelector('.removed[data-reason="photo-credit"]');
  assert.equal(await other.page.locator('.removed').count(), await page.locator('.removed').count());
  await other.context.close();

  await page.goBack();
  await page.waitForSelector(`article#reader .reader-body:not(.chrome-shown)`);
  await page.goBack();
  await page.waitForSelector('#corpus article.card');
  await page.goForward();
  await page.waitForSelector(`article#reader[data-doc-id="${WSJ}"]`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link under the subpath survives a reload', async () => {
  const { page, problems, context } = await open(`${s.base}#/read/${AXIOS}`);
  await page.waitForSelector('article#reader h1');
  assert.match(await page.locator('article#reader h1').textContent(), /Post-war borders/);
  await page.reload();
  await page.waitForSelector(`article#reader[data-doc-id="${AXIOS}"]`);
  assert.ok((await page.locator('.label').allTextContents()).includes('Why it matters:'));
  assert.ok((await page.locator('li.passage[data-kind="bullet"]').count()) >= 10);
  // An appended excerpt opens by its (percent-encoded) id.
  await page.goto(`${s.base}#/read/${WSJ}%7E3`);
  await page.waitForSelector(`article#reader[data-doc-id="${WSJ}~3"]`);
  assert.equal(await page.locator('.meta-outlet').textContent(), 'CNN');
  assert.match(await page.locator('.meta-date').textContent(), /year not stated/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('works at 375 px wide', async () => {
  const { page, problems, context } = await open(s.base, { viewport: { width: 375, height: 800 } });
  await page.waitForSelector('#corpus article.card');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375);
  await page.goto(`${s.base}#/read/${WSJ}?chrome=shown`);
  await page.waitForSelector('.removed');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375);
  await page.screenshot({ path: path.join(OUT, 'reader-375.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('dark mode follows the system', async () => {
  for (const [scheme, dark] of [['dark', true], ['light', false]]) {
    const { page, problems, context } = await open(s.base, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await page.waitForSelector('#corpus article.card');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(luminance(bg) < 0.2, dark, `${scheme}: body background ${bg}`);
    if (dark) await page.screenshot({ path: path.join(OUT, 'corpus-dark.png') });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('keyboard: Tab reaches an article link with a visible focus, Enter opens it', async () => {
  const { page, problems, context } = await open(s.base);
  await page.waitForSelector('#corpus article.card');
  let reached = false;
  for (let i = 0; i < 200 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('h2.card-title a') ?? false);
  }
  assert.ok(reached, 'a card title link takes focus');
  // A visible focus is an outline or, as some designs draw it, a box shadow.
  const focus = await page.evaluate(() => {
    const st = getComputedStyle(document.activeElement);
    return { outline: st.outlineStyle, width: parseFloat(st.outlineWidth), shadow: st.boxShadow };
  });
  const outlined = focus.outline !== 'none' && focus.width > 0;
  assert.ok(outlined || focus.shadow !== 'none', `focus is visible: ${JSON.stringify(focus)}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('article#reader');
  await page.keyboard.press('Tab');
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad and hostile links give a sane page', async () => {
  const { page, problems, context } = await open(`${s.base}#/read/nope`);
  await page.waitForSelector('#not-found');
  assert.match(await page.locator('#not-found').textContent(), /no article called “nope”/);
  await page.click('#not-found a');
  await page.waitForSelector('#corpus');

  await page.goto(`${s.base}#/read/<script>alert(1)</script>`);
  await page.waitForSelector('#notices');
  assert.match(await page.locator('#notices').textContent(), /is not a page of Parallax/);
  assert.equal(await page.locator('#corpus article.card').count(), 5);
  assert.equal(await page.locator('main script, #notices script').count(), 0);

  await page.goto(`${s.base}#/read/%E0%A4%A?chrome=shown&x=<img src=x onerror=alert(1)>`);
  await page.waitForSelector('#notices');
  assert.match(await page.locator('#notices').textContent(), /not readable/);
  assert.equal(await page.locator('main img').count(), 0);

  await page.goto(`${s.base}#/read/${'x'.repeat(100_000)}`);
  await page.waitForSelector('#not-found');
  assert.match(await page.locator('#notices').textContent(), /only the first 4096/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a name leads to its card, and a mention on the card back to the passage', async () => {
  const { page, problems, context } = await open(`${s.base}#/read/${WSJ}`, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('article#reader a.ent');
  const legend = await page.locator('.legend').innerText();
  assert.match(legend, /Person/);
  await page.click('article#reader a.ent[href="#/entity/rustem-umerov"] >> nth=0');
  await page.waitForSelector('article#entity[data-entity-id="rustem-umerov"]');
  assert.equal(await page.title(), 'Rustem Umerov · Parallax');
  const titles = await page.locator('.titles').innerText();
  assert.match(titles, /The Wall Street Journal/);
  assert.match(titles, /national security adviser/);
  assert.match(await page.locator('section .quotes').innerText(), /Our objective is a prosperous, strong Ukraine/);
  await page.screenshot({ path: path.join(OUT, 'entity-card.png'), fullPage: true });
  await page.locator('.contexts a.context-link').first().click();
  await page.waitForSelector('article#reader .passage.focus');
  assert.match(page.url(), /\?p=\d+/);
  await page.goBack();
  await page.waitForSelector('article#entity');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the corpus lists the names it found, by kind', async () => {
  const { page, problems, context } = await open(s.base);
  await page.waitForSelector('.names-section');
  const people = await page.locator('.names-column').first().innerText();
  assert.match(people, /People \(\d+\)/i);
  assert.match(people, /Volodymyr Zelensky/);
  await page.goto(`${s.base}#/entity/nobody-here`);
  await page.waitForSelector('#not-found');
  assert.match(await page.locator('#not-found').textContent(), /No person, organisation or place/);
  assert.deepEqual(problems, []);
  await context.close();
});
