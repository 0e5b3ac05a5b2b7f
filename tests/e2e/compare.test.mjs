// What a journalist does to compare outlets: choose articles, read the facts side by side
// with what each left out, focus a fact, change the base and the normalisation, open a cell
// in context, follow the coverage matrix, share the link; and the page passes axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { site, openPage, openAt, waitForHash, seriousViolations, OUT } from './helpers.mjs';

const AXIOS = '001_6ebb02524a7f715b';
const WSJ = '004_22fc1bf83a374540';
let s;

before(async () => {
  s = await site();
});
after(async () => {
  await s?.close();
});

function open(hash, options = {}) {
  return openAt(s.browser, s.base + hash, { viewport: { width: 1400, height: 900 }, ...options });
}

/** The table as text: per row, the status and each cell's text or "—". */
async function tableText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.fact-table tbody tr')].map((tr) =>
      [tr.querySelector('.status')?.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.querySelector('.cell-text')?.textContent ?? '—')].join(' | '),
    ),
  );
}

test('choose two articles and read them fact by fact, omissions included', async () => {
  const { page, problems, context } = await open('#/');
  await page.click('.site-nav a[href="#/compare"]');
  await page.waitForSelector('#compare');
  assert.match(await page.locator('.compare-empty').textContent(), /at least two/);
  // The picker lists every article; chosen ones move to the top.
  assert.ok((await page.locator('.pick-item').count()) >= 5);
  await page.locator(`.pick-item[data-doc-id="${AXIOS}"] input`).click();
  await waitForHash(page, new RegExp(`compare/${AXIOS}$`));
  await page.locator(`.pick-item[data-doc-id="${WSJ}"] input`).click();
  await waitForHash(page, new RegExp(`compare/${AXIOS},${WSJ}$`));
  await page.waitForSelector('.fact-table');
  assert.match(await page.title(), /^Axios vs The Wall Street Journal compared · Parallax$/);
  const rows = await page.locator('.fact-table tbody tr').count();
  assert.ok(rows > 10, `${rows} rows`);
  assert.equal(await page.locator('.density-mark').count(), rows, 'one overview mark per fact');
  const shared = page.locator('.fact-table tbody tr:not(.alone)');
  assert.ok((await shared.count()) >= 3, 'the two articles share facts');
  // A shared fact holds both sentences; a fact of one article shows the other's omission.
  assert.equal(await shared.first().locator('td .cell-text').count(), 2);
  const omission = page.locator('.fact-table tbody tr.alone td.missing .not-reported');
  assert.ok((await omission.count()) > 0);
  // It says what the machine knows: no sentence linked, not a proof of silence.
  assert.match(await omission.first().getAttribute('title'), /linked no sentence of this article/);
  // A quote is collated with its speaker and the title each article gives.
  assert.ok((await page.locator('.cell-quote', { hasText: 'Marco Rubio, Secretary of State' }).count()) >= 2);
  // Every machine link says why.
  for (const why of await page.locator('.cell-why').allTextContents()) assert.match(why, /(machine-made link|editor).*: .+/);
  await page.screenshot({ path: path.join(OUT, 'compare.png'), fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('focus a fact, switch base and normalisation; the link reproduces it; a cell opens in context', async () => {
  const { page, problems, context } = await open(`#/compare/${AXIOS},${WSJ}`);
  await page.waitForSelector('.fact-table');
  const row = page.locator('.fact-table tbody tr:not(.alone)').first();
  const id = await row.getAttribute('id');
  await row.locator('.fact-id').click();
  await waitForHash(page, /fact=\d+/);
  assert.equal(await page.locator('tr.focus').getAttribute('id'), id);
  const insBefore = await page.locator('.cell ins').count();
  await page.check('#ignore-trivial');
  await waitForHash(page, /ignore=trivial/);
  assert.ok((await page.locator('.cell ins').count()) <= insBefore, 'ignoring trivia never adds differences');
  const baseRadios = page.locator('input[name="base"]');
  await baseRadios.nth(1).check();
  await waitForHash(page, new RegExp(`base=${WSJ}`));
  assert.match(await page.locator('.fact-table thead th.is-base').innerText(), /Wall Street Journal/i);
  const view = await tableText(page);
  const link = page.url();

  const other = await openPage(s.browser, { viewport: { width: 1400, height: 900 } });
  await other.page.goto(link);
  await other.page.waitForSelector('.fact-table');
  assert.deepEqual(await tableText(other.page), view);
  assert.equal(await other.page.locator('tr.focus').getAttribute('id'), id);
  assert.ok(await other.page.locator('#ignore-trivial').isChecked());
  await other.context.close();

  await page.goBack();
  await waitForHash(page, /^#\/compare\/[^?]+\?ignore=trivial/);
  assert.equal(await page.locator('.fact-table thead th.is-base').count(), 1);
  await page.goForward();
  await waitForHash(page, new RegExp(`base=${WSJ}`));

  await page.locator('tr.focus td a.in-context').first().click();
  await page.waitForSelector('article#reader .passage.focus');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the coverage matrix opens the filtered passages; results offer a comparison', async () => {
  const { page, problems, context } = await open(`#/compare/${AXIOS},${WSJ}`);
  await page.waitForSelector('.coverage-table');
  const cell = page.locator('.coverage-table td.cov a').first();
  const n = Number(await cell.textContent());
  await cell.click();
  await page.waitForSelector('.result-group');
  assert.match(page.url(), /#\/\?e=[^&]+&a=/);
  const hits = await page.locator('.hit').count();
  assert.ok(hits >= 1 && hits <= n, `${hits} passages for ${n} mentions`);

  await page.goto(`${s.base}#/?e=umerov`);
  await page.waitForSelector('#compare-these');
  await page.click('#compare-these');
  await page.waitForSelector('.fact-table');
  assert.ok((await page.locator('.fact-table thead th').count()) >= 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown articles in a comparison link are dropped with a notice', async () => {
  const { page, problems, context } = await open(`#/compare/${AXIOS},nope-123,${WSJ}?base=nope-123&fact=abc`);
  await page.waitForSelector('#notices');
  const notices = await page.locator('#notices').innerText();
  assert.match(notices, /No article called “nope-123”/);
  assert.match(notices, /fact=abc/);
  await waitForHash(page, new RegExp(`^#/compare/${AXIOS},${WSJ}$`));
  await page.waitForSelector('.fact-table');
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core: the comparison has no serious or critical violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await open(`#/compare/${AXIOS},${WSJ}?fact=0`, { colorScheme });
    await page.waitForSelector('.fact-table');
    const bad = await seriousViolations(page);
    assert.deepEqual(bad, [], colorScheme);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a passage the other outlets also report leads to their comparison, focused on that fact', async () => {
  const { page, problems, context } = await open(`#/read/${WSJ}`);
  const also = page.locator('article#reader a.also').first();
  assert.match(await also.textContent(), /^⇄ (\d+ facts here )?also reported by /);
  await also.click();
  await page.waitForSelector('.fact-table tr.focus');
  assert.match(page.url(), new RegExp(`#/compare/${WSJ},[^?]+\\?base=${WSJ}&fact=\\d+$`));
  // The focused row holds this article's sentence and at least one other outlet's.
  assert.ok((await page.locator('tr.focus td .cell-text').count()) >= 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a sentence that reports two facts shows in both rows, and leads to its own', async () => {
  const AXIOS_BORDERS = '000_331cab4fce0811e8';
  const { page, problems, context } = await open(`#/compare/${AXIOS_BORDERS},${AXIOS},${WSJ}`);
  await page.waitForSelector('.fact-table');
  // Two articles of one outlet are told apart by their titles.
  const labels = await page.locator('input[name="base"]').evaluateAll((inputs) => inputs.map((i) => i.parentElement.textContent.trim()));
  assert.equal(new Set(labels).size, 3, labels.join(' / '));
  // The WSJ's "more than four hours" sentence also names the U.S. team: it has its own
  // row there, and is shown again beside the five-hour meeting instead of "not reported".
  const again = page.locator('td.cell', { hasText: 'more than four hours' }).filter({ has: page.locator('.cell-also') });
  assert.equal(await again.count(), 1);
  const row = page.locator('tr.fact-row', { has: again });
  assert.match(await row.innerText(), /five-hour meeting/);
  await again.locator('.cell-also .fact-id').click();
  await waitForHash(page, /fact=\d+/);
  const focused = page.locator('tr.focus');
  assert.match(await focused.innerText(), /more than four hours/);
  assert.equal(await focused.locator('td.cell', { hasText: 'more than four hours' }).locator('.cell-also').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('only the facts several articles report, by a switch the link keeps', async () => {
  const { page, problems, context } = await open(`#/compare/${AXIOS},${WSJ}`);
  await page.waitForSelector('.fact-table');
  const all = await page.locator('.fact-table tbody tr').count();
  const alone = await page.locator('.fact-table tbody tr.alone').count();
  assert.ok(alone > 0 && alone < all);
  await page.check('#shared-only');
  await waitForHash(page, /rows=shared/);
  assert.equal(await page.locator('.fact-table tbody tr').count(), all - alone);
  assert.equal(await page.locator('.fact-table tbody tr.alone').count(), 0);
  assert.match(await page.locator('.rows-hidden').innerText(), new RegExp(`^${alone} facts that only one`));
  assert.match(await page.locator('#overview-title').innerText(), new RegExp(`${all} facts, ${all - alone} shown`));
  // A fact in focus stays on screen even when one article alone reports it.
  await page.locator('.density-mark.alone').first().click();
  await waitForHash(page, /rows=shared&fact=\d+/);
  assert.equal(await page.locator('.fact-table tbody tr.alone.focus').count(), 1);
  // The shared link reproduces the view; "Show them" brings the rest back.
  const other = await openPage(s.browser, { viewport: { width: 1400, height: 900 } });
  await other.page.goto(page.url());
  await other.page.waitForSelector('.fact-table');
  assert.ok(await other.page.locator('#shared-only').isChecked());
  assert.equal(await other.page.locator('.fact-table tbody tr').count(), all - alone + 1);
  await other.context.close();
  await page.locator('.rows-hidden button').click();
  await waitForHash(page, /^#\/compare\/[^?]+\?fact=\d+$/);
  assert.equal(await page.locator('.fact-table tbody tr').count(), all);
  assert.deepEqual(problems, []);
  await context.close();
});

test('articles that tell different moments of the story say so, with the plan and its outcome', async () => {
  const AXIOS_BORDERS = '000_331cab4fce0811e8';
  const LATER = '002_a48fdd5eaebd3c3c';
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await open(`#/compare/${AXIOS_BORDERS},${LATER},${WSJ}`, { colorScheme });
    const note = page.locator('aside.moments');
    await note.waitFor();
    assert.match(await note.locator('h2').textContent(), /different moments of the story/);
    const items = await note.locator('li').allInnerTexts();
    // Axios 000 plans the Moscow meeting that the later article reports done; the WSJ tells
    // Axios's moment, so it is told apart from the later article too, and the note says why.
    assert.equal(items.length, 2, items.join('\n'));
    for (const item of items) {
      assert.match(item, /^Axios plans: Witkoff plans to depart for Moscow on Monday and meet Putin on Tuesday\.$/m);
      assert.match(item, /reports it done: The discussion followed a five-hour meeting between Witkoff, Kushner/);
    }
    // The two sentences are quoted as the outlets printed them.
    assert.equal(await note.locator('li q').count(), 4);
    assert.match(items[1], /The Wall Street Journal tells the same moment as Axios\./);
    assert.deepEqual(await seriousViolations(page), [], colorScheme);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // An article published long before tells another moment too, and the note says when.
  {
    const { page, problems, context } = await open(`#/compare/${WSJ},${WSJ}~1`);
    const note = page.locator('aside.moments');
    await note.waitFor();
    const items = await note.locator('li').allInnerTexts();
    assert.equal(items.length, 1, items.join('\n'));
    assert.match(items[0], /^The Wall Street Journal and The Washington Post\nPublished 473 days apart \(30 Nov 2025 and 14 Aug 2024\)\.$/);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // Two reports of the same Sunday have no such note.
  const { page, problems, context } = await open(`#/compare/${AXIOS_BORDERS},${AXIOS}`);
  await page.waitForSelector('.fact-table');
  assert.equal(await page.locator('aside.moments').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
