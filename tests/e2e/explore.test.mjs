// What a reader does to narrow the corpus and share the view: pick names, combine them,
// search, copy the link and open it elsewhere, go back and forward, reload under the
// subpath, use the keyboard, survive hostile links; and axe-core finds no serious or
// critical accessibility problem on the main views, light or dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { site, openPage, openAt, waitForHash, seriousViolations, OUT } from './helpers.mjs';

let s;

before(async () => {
  s = await site();
});
after(async () => {
  await s?.close();
});

function open(hash, options = {}) {
  return openAt(s.browser, s.base + hash, { viewport: { width: 1280, height: 900 }, ...options });
}

/** What the results show: the count line and every hit as article id + passage. */
async function snapshot(page) {
  return page.evaluate(() => ({
    count: document.querySelector('.result-count')?.textContent ?? '',
    hits: [...document.querySelectorAll('.result-group .hit')].map((h) => `${h.closest('.result-group').dataset.docId}#${h.dataset.passage}`),
    title: document.title,
  }));
}

function count(text) {
  const m = text.match(/^(\d+) passages?/);
  assert.ok(m, `a count in “${text}”`);
  return Number(m[1]);
}

test('pick a name, add another, switch AND to OR, and every hit names them', async () => {
  const { page, problems, context } = await open('#/');
  const total = count(await page.locator('.result-count').textContent());
  await page.locator('[data-entity="umerov"] label').click();
  await waitForHash(page, /e=umerov/);
  const one = await snapshot(page);
  assert.ok(count(one.count) > 0 && count(one.count) < total);
  assert.match(one.title, /^Rustem Umerov · \d+ passages · Parallax$/);
  assert.equal(await page.locator('.hit').count(), Math.min(count(one.count), 25));
  for (const hit of await page.locator('.hit').all()) {
    assert.ok((await hit.locator('.ent.selected').count()) > 0, 'each hit marks the selected name');
    assert.ok((await hit.locator('.hit-outlet').textContent()).length > 0, 'each hit shows its outlet');
  }
  // Co-occurrence: the facets now count passages that also name Umerov.
  const rubioCount = Number(await page.locator('[data-entity="rubio"] .count').textContent());
  await page.locator('[data-entity="rubio"] label').click();
  await waitForHash(page, /e=umerov,rubio/);
  // With a facet checkbox in focus, / still goes to the search box.
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
  const both = await snapshot(page);
  assert.equal(count(both.count), rubioCount, 'the facet count predicted the AND result');
  await page.locator('label[for="combine-any"]').click();
  await waitForHash(page, /m=any/);
  const either = await snapshot(page);
  assert.ok(count(either.count) > count(both.count));
  assert.match(either.title, /Rustem Umerov or Marco Rubio/);
  // Back and forward step through the views, with the same results each time.
  await page.goBack();
  await waitForHash(page, /^#\/\?e=umerov,rubio$/);
  assert.deepEqual(await snapshot(page), both);
  await page.goBack();
  await waitForHash(page, /^#\/\?e=umerov$/);
  assert.deepEqual(await snapshot(page), one);
  await page.goForward();
  await waitForHash(page, /^#\/\?e=umerov,rubio$/);
  assert.deepEqual(await snapshot(page), both);
  assert.deepEqual(problems, []);
  await context.close();
});

test('search as you type: accents and case ignored, phrases in quotes, matches marked, Esc clears', async () => {
  const { page, problems, context } = await open('#/');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', '/ focuses the search box');
  await page.keyboard.type('ÚMEROV');
  await waitForHash(page, /q=%C3%9AMEROV/);
  const loud = await snapshot(page);
  assert.ok(count(loud.count) > 0);
  for (const m of await page.locator('.hit mark').allTextContents()) assert.match(m, /^umerov/i);
  // Typing made one history entry: Back leaves the search, Forward returns to it.
  await page.goBack();
  await waitForHash(page, /^#\/$/);
  assert.equal(await page.inputValue('#q'), '');
  await page.goForward();
  await waitForHash(page, /q=%C3%9AMEROV/);
  assert.equal(await page.inputValue('#q'), 'ÚMEROV');
  await page.fill('#q', '"peace plan"');
  await waitForHash(page, /q=%22peace\+plan%22/);
  const phrase = await snapshot(page);
  assert.ok(count(phrase.count) > 0);
  for (const hit of await page.locator('.hit').all()) {
    const marks = (await hit.locator('mark').allTextContents()).map((t) => t.toLowerCase());
    assert.ok(marks.includes('peace plan'), `the phrase is marked: ${marks}`);
  }
  await page.keyboard.press('Escape');
  await waitForHash(page, /^#\/$/);
  assert.equal(await page.inputValue('#q'), '');
  assert.equal(await page.locator('article.card').count(), 5, 'no filter: the article cards');
  assert.deepEqual(problems, []);
  await context.close();
});

test('copy the link, open it elsewhere, get the same view; reload keeps it', async () => {
  const { page, problems, context } = await open('#/', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('[data-entity="zelensky"] label').click();
  await waitForHash(page, /e=zelensky/);
  await page.locator('#f-kind-place').check();
  await waitForHash(page, /k=place/);
  await page.fill('#q', 'talks');
  await waitForHash(page, /q=talks/);
  const view = await snapshot(page);
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent === 'Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.ok(link.includes('/parallax/#/?e=zelensky&k=place&q=talks'), link);

  const other = await openPage(s.browser, { viewport: { width: 1280, height: 900 } });
  await other.page.goto(link);
  await other.page.waitForSelector('.result-group');
  assert.deepEqual(await snapshot(other.page), view);
  assert.equal(await other.page.inputValue('#q'), 'talks');
  assert.ok(await other.page.locator('#f-kind-place').isChecked());
  await other.context.close();

  await page.reload();
  await page.waitForSelector('.result-group');
  assert.deepEqual(await snapshot(page), view);
  // Into a passage in context and back to the same results.
  const first = page.locator('.hit').first();
  const passage = await first.getAttribute('data-passage');
  await first.locator('a.in-context').click();
  await page.waitForSelector('article#reader');
  assert.equal(await page.locator('.passage.focus').getAttribute('id'), `p${passage}`);
  assert.ok((await page.locator('.passage.focus mark').count()) > 0, 'the search words are marked in context');
  await page.click('#back');
  await page.waitForSelector('.result-group');
  assert.deepEqual(await snapshot(page), view);
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown, broken and hostile links give a sane view with notices', async () => {
  const junk = 'x'.repeat(100_000);
  const cases = [
    ['#/?e=umerov,nobody-here&o=daily-planet', /No one and nothing called “nobody-here”/, /^#\/\?e=umerov$/],
    ['#/?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&e=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E', /No one and nothing called “<img/, /q=%3Cscript%3E/],
    [`#/?e=${junk}`, /characters long/, /^#\/$/],
    ['#/?e=%E0%A4%A&q=%ZZ&from=2025-13-01&page=-1&zzz=1', /unreadable/, /^#\/$/],
  ];
  for (const [hash, notice, cleaned] of cases) {
    const { page, problems, context } = await open(hash);
    await page.waitForSelector('#notices');
    assert.match(await page.locator('#notices').innerText(), notice, hash.slice(0, 60));
    await page.waitForFunction((p) => new RegExp(p).test(location.hash), cleaned.source);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script ran');
    assert.equal(await page.locator('main script, main img').count(), 0);
    assert.ok((await page.locator('.result-count').textContent()).length > 0, 'the page still works');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a date range, an outlet and an article narrow the results; Clear all restores the corpus', async () => {
  const { page, problems, context } = await open('#/?o=axios');
  await page.waitForSelector('.result-group');
  for (const o of await page.locator('.hit-outlet').allTextContents()) assert.equal(o, 'Axios');
  await page.fill('#date-from', '2025-11-30');
  await page.locator('#date-from').dispatchEvent('change');
  await waitForHash(page, /from=2025-11-30/);
  assert.match(await page.locator('.result-count').textContent(), /^0 passages|^\d+ passages/);
  await page.click('#clear-all');
  await waitForHash(page, /^#\/$/);
  assert.equal(await page.locator('article.card').count(), 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 375 px the filters fold away behind one button', async () => {
  const { page, problems, context } = await open('#/?e=umerov', { viewport: { width: 375, height: 800 } });
  await page.waitForSelector('.result-group');
  assert.equal(await page.locator('#facet-body').isVisible(), false);
  await page.click('.facets-toggle');
  assert.equal(await page.locator('#facet-body').isVisible(), true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await page.screenshot({ path: path.join(OUT, 'explore-375.png'), fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core: no serious or critical violations on the main views, light and dark', async () => {
  const views = ['#/', '#/?e=umerov,rubio&m=any&q=peace', '#/read/004_22fc1bf83a374540?p=3&q=meeting', '#/entity/rustem-umerov'];
  for (const colorScheme of ['light', 'dark']) {
    for (const hash of views) {
      const { page, problems, context } = await open(hash, { colorScheme });
      const bad = await seriousViolations(page);
      assert.deepEqual(bad, [], `${colorScheme} ${hash}`);
      assert.deepEqual(problems, []);
      if (hash === views[1]) await page.screenshot({ path: path.join(OUT, `explore-${colorScheme}.png`), fullPage: false });
      await context.close();
    }
  }
});
