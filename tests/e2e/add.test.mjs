// A reader adds their own articles in the browser: files and pasted text are read by the
// analyser (a web worker) with the rest of the corpus, compared like any other article,
// kept for the next visit, and removed on request. Files that cannot be read are named
// with the reason, and the others are still added.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { site, openAt, waitForHash, seriousViolations, ROOT, OUT } from './helpers.mjs';

let s;

before(async () => {
  s = await site();
});
after(async () => {
  await s?.close();
});

// A held-out story's article, as the file picker hands it over.
const story = (name) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(ROOT, 'eval/heldout2', name)) });
const reports = (page) => page.locator('#add-status .add-report').allTextContents();

test('add articles, compare them, find them after a reload, remove them', async () => {
  const { page, problems, context } = await openAt(s.browser, s.base, { viewport: { width: 1300, height: 900 } });
  await page.waitForSelector('#corpus article.card');
  const before = await page.locator('#corpus article.card').count();
  assert.equal(await page.locator('#add-articles').getAttribute('open'), null, 'the form starts folded');
  await page.click('#add-articles > summary');
  await page.setInputFiles('#add-files', [
    story('nytimes.txt'),
    story('skynews.txt'),
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]) },
    { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not an article') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('#add-status .add-report').length === 4);
  const lines = (await reports(page)).join('\n');
  assert.match(lines, /nytimes\.txt: added/);
  assert.match(lines, /skynews\.txt: added/);
  assert.match(lines, /photo\.txt: not added: .*binary file/);
  assert.match(lines, /notes\.pdf: not added: only \.txt files/);
  assert.equal(await page.locator('#corpus article.card').count(), before + 2);
  assert.equal(await page.locator('article.card .card-added').count(), 2);
  assert.match(await page.locator('.add-summary').textContent(), /2 articles you added are in the corpus/);
  await page.screenshot({ path: path.join(OUT, 'add.png'), fullPage: false });
  assert.deepEqual(await seriousViolations(page), []);

  // Each line links to the article; the two new accounts of one story share facts, side by side.
  assert.equal(await page.locator('#add-status a.add-read', { hasText: 'nytimes' }).getAttribute('href'), '#/read/nytimes');
  await page.click('#add-compare');
  await waitForHash(page, /#\/compare\/nytimes,skynews$/);
  await page.waitForSelector('.fact-table');
  const shared = await page.locator('.fact-table tbody tr:not(.alone)').count();
  assert.ok(shared >= 3, `${shared} shared facts`);

  // After a reload they are read again, and the address that names them still works.
  await page.reload();
  await page.waitForSelector('.fact-table');
  assert.match(page.url(), /#\/compare\/nytimes,skynews$/);
  assert.equal(await page.locator('.fact-table tbody tr:not(.alone)').count(), shared);

  // Pasted text is an article too; an empty paste is refused with a note.
  await page.goto(`${s.base}#/`);
  await page.waitForSelector('#add-articles[open]');
  await page.click('#add-paste-button');
  assert.match(await page.locator('.add-note').textContent(), /Paste the text of an article/);
  await page.fill('#add-paste', 'Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday, officials said.\n');
  await page.click('#add-paste-button');
  await page.waitForFunction(() => /pasted\.txt: added/.test(document.querySelector('#add-status')?.textContent ?? ''));
  assert.equal(await page.locator('article.card .card-added').count(), 3);
  assert.equal(await page.locator('.add-note').count(), 0);

  // A file dropped on the form is added as a picked one is.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Ferry strike ends\n\nThe ferry crews returned to work on Friday after a deal on pay, the union said.\n'], 'dropped.txt', { type: 'text/plain' }));
    const form = document.querySelector('#add-articles');
    for (const type of ['dragover', 'drop']) form.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => /dropped\.txt: added/.test(document.querySelector('#add-status')?.textContent ?? ''));
  assert.equal(await page.locator('article.card .card-added').count(), 4);

  // Removed, they are gone, and stay gone after a reload.
  await page.click('#add-clear');
  await page.waitForFunction((n) => document.querySelectorAll('#corpus article.card').length === n, before);
  assert.equal(await page.locator('article.card .card-added').count(), 0);
  await page.reload();
  await page.waitForSelector('#corpus article.card');
  assert.equal(await page.locator('#corpus article.card').count(), before);
  assert.equal(await page.evaluate(() => localStorage.getItem('parallax:added')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to an added article waits for it, and says so while it is read', async () => {
  const { page, problems, context } = await openAt(s.browser, s.base);
  await page.click('#add-articles > summary');
  await page.setInputFiles('#add-files', [story('npr.txt')]);
  await page.waitForSelector('article.card[data-doc-id="npr"]');
  await page.goto(`${s.base}#/read/npr`);
  await page.reload();
  // Either the article, or (while the analyser reads it again) a note, never "No such article".
  const first = await page.locator('main#content').innerText();
  assert.ok(!/No such article/.test(first), first);
  await page.waitForSelector('article#reader[data-doc-id="npr"]');
  await waitForHash(page, /#\/read\/npr$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reader that cannot start, or a damaged list kept from an earlier visit, never breaks the page', async () => {
  // The analyser cannot be fetched: the reader is told, and the corpus is as it was.
  const { page, problems, context } = await openAt(s.browser, s.base);
  const before = await page.locator('#corpus article.card').count();
  await page.route('**/parallax-analyser_loader.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.click('#add-articles > summary');
  await page.setInputFiles('#add-files', [story('npr.txt')]);
  await page.waitForSelector('#add-status .add-error');
  assert.match(await page.locator('#add-status .add-error').textContent(), /Nothing was added: the article reader could not be loaded.*The corpus is as it was/);
  assert.equal(await page.locator('#corpus article.card').count(), before);
  assert.ok((await page.locator('#add-files').isEnabled()), 'the reader can try again');
  await page.unroute('**/parallax-analyser_loader.js');
  // A 404 is logged by the browser itself; nothing else went wrong.
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);

  // What an earlier visit kept is damaged: not JSON, or not a list of [name, text].
  for (const kept of ['{not json', '"a string"', '[[1, 2], ["x.txt"], null, ["ok.txt", 7]]']) {
    await page.evaluate((v) => localStorage.setItem('parallax:added', v), kept);
    await page.reload();
    await page.waitForSelector('#corpus article.card');
    assert.equal(await page.locator('#corpus article.card').count(), before, kept);
    assert.equal(await page.locator('#not-found, .add-busy').count(), 0, kept);
  }
  // A kept file that is no longer an article is reported as such, and the rest is read.
  await page.evaluate(() => localStorage.setItem('parallax:added', JSON.stringify([['empty.txt', '   '], ['npr.txt', 'Bridge collapse\n\nThe old bridge over the river collapsed on Saturday night, officials said.\n']])));
  await page.reload();
  await page.waitForSelector('article.card .card-added');
  assert.equal(await page.locator('article.card .card-added').count(), 1);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('parallax:added'))).length, 1, 'only what was read is kept');
  assert.match((await reports(page)).join('\n'), /^empty\.txt: not added: the file is empty$/);
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});
