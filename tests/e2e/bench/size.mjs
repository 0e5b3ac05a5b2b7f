// Prints the size of everything the browser downloads from a build folder, raw and
// gzip -9, as a markdown table: what every visit loads, and apart from it the analyser
// (the web worker fetched only when a reader adds articles, src/added.rs).
// Usage: node tests/e2e/bench/size.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`size: no build in ${dir}/ (run ./scripts/dev build /parallax/ first)`);
  process.exit(1);
}
const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.startsWith('.'));
const later = (f) => f.includes('parallax-analyser');
const totals = { now: [0, 0], later: [0, 0] };
console.log('| file | bytes | gzip -9 |');
console.log('| --- | ---: | ---: |');
for (const f of files.sort()) {
  const body = fs.readFileSync(path.join(dir, f));
  const g = zlib.gzipSync(body, { level: 9 }).length;
  const t = totals[later(f) ? 'later' : 'now'];
  t[0] += body.length;
  t[1] += g;
  console.log(`| ${f.replace(/-[0-9a-f]{12,16}/, '-<hash>')}${later(f) ? ' (when adding articles)' : ''} | ${body.length} | ${g} |`);
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`| **every visit** | **${totals.now[0]}** | **${totals.now[1]}** (${kib(totals.now[1])}) |`);
console.log(`| **when adding articles** | **${totals.later[0]}** | **${totals.later[1]}** (${kib(totals.later[1])}) |`);
