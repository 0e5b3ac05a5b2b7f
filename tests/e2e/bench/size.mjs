// Prints the size of everything the browser downloads from a build folder, raw and
// gzip -9, as a markdown table. Usage: node tests/e2e/bench/size.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`size: no build in ${dir}/ (run ./scripts/dev build /parallax/ first)`);
  process.exit(1);
}
const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.startsWith('.'));
let raw = 0;
let gz = 0;
console.log('| file | bytes | gzip -9 |');
console.log('| --- | ---: | ---: |');
for (const f of files.sort()) {
  const body = fs.readFileSync(path.join(dir, f));
  const g = zlib.gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gz += g;
  console.log(`| ${f.replace(/-[0-9a-f]{16}/, '-<hash>')} | ${body.length} | ${g} |`);
}
console.log(`| **total** | **${raw}** | **${gz}** (${(gz / 1024).toFixed(1)} KiB) |`);
