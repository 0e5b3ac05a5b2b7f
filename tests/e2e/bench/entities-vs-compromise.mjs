// Entity extraction beside compromise.js on the same text on the same machine: the
// passages of the default corpus (from `parallax export`), people, places and
// organisations. Prints throughput for both, the speed ratio, and compromise's scores
// against the same hand annotation (eval/entities.tsv) as `parallax eval-entities`.
// Needs target/release/parallax and target/release/parallax-bench-entities.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { ROOT } from '../helpers.mjs';

const bin = (name) => path.join(ROOT, 'target/release', name);
for (const b of ['parallax', 'parallax-bench-entities']) {
  if (!fs.existsSync(bin(b))) {
    console.error(`entities-vs-compromise: needs ${bin(b)} (cargo build --release -p parallax-cli)`);
    process.exit(1);
  }
}
const corpus = JSON.parse(execFileSync(bin('parallax'), ['export', path.join(ROOT, 'corpus')], { maxBuffer: 1 << 28 }).toString());
const docs = corpus.documents.map((d) => ({ id: d.id, passages: d.passages.map((p) => p.text) }));
const bytes = docs.reduce((n, d) => n + d.passages.reduce((m, p) => m + Buffer.byteLength(p), 0), 0);

function extract(text) {
  const doc = nlp(text);
  return {
    person: doc.people().out('array'),
    place: doc.places().out('array'),
    organization: doc.organizations().out('array'),
  };
}

// Warm up, then time whole passes over the corpus.
for (let i = 0; i < 3; i++) docs.forEach((d) => d.passages.forEach(extract));
const passes = 20;
const times = [];
for (let i = 0; i < passes; i++) {
  const t0 = process.hrtime.bigint();
  docs.forEach((d) => d.passages.forEach(extract));
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const compromiseMBs = bytes / (median / 1e3) / 1e6;

const native = execFileSync(bin('parallax-bench-entities'), [path.join(ROOT, 'corpus'), '200']).toString();
const nativeMBs = Number(native.match(/extraction throughput \| ([\d.]+) MB\/s/)[1]);

// Score compromise the way eval-entities scores Parallax: entity-level per document.
const norm = (s) => s.trim().replace(/^the /i, '').replace(/['’]s$/, '').replace(/[.,]$/, '').toLowerCase();
const gold = fs.readFileSync(path.join(ROOT, 'eval/entities.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
  const [doc, kind, name, surfaces] = l.split('\t');
  return { doc, kind, names: new Set([name, ...surfaces.split('|')].map(norm)) };
});
const scores = {};
for (const d of docs) {
  const found = { person: new Set(), place: new Set(), organization: new Set() };
  d.passages.forEach((p) => {
    const e = extract(p);
    for (const k of Object.keys(found)) e[k].forEach((x) => found[k].add(norm(x)));
  });
  for (const kind of Object.keys(found)) {
    const s = (scores[kind] ??= { predicted: 0, right: 0, gold: 0, found: 0 });
    const golds = gold.filter((g) => g.doc === d.id && g.kind === kind);
    s.gold += golds.length;
    s.found += golds.filter((g) => [...found[kind]].some((x) => g.names.has(x))).length;
    s.predicted += found[kind].size;
    s.right += [...found[kind]].filter((x) => golds.some((g) => g.names.has(x))).length;
  }
}

console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`);
console.log(`Text: ${docs.length} documents, ${bytes} bytes of passages\n`);
console.log('| extractor | median pass | throughput |');
console.log('| --- | ---: | ---: |');
console.log(`| compromise ${JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/e2e/node_modules/compromise/package.json'))).version} (Node) | ${median.toFixed(1)} ms | ${compromiseMBs.toFixed(2)} MB/s |`);
console.log(`| Parallax (native, release) | | ${nativeMBs.toFixed(2)} MB/s |`);
console.log(`| **ratio** | | **${(nativeMBs / compromiseMBs).toFixed(1)}×** |\n`);
console.log('| compromise on eval/entities.tsv | precision | recall |');
console.log('| --- | ---: | ---: |');
for (const [kind, s] of Object.entries(scores)) {
  console.log(`| ${kind} | ${(s.right / Math.max(1, s.predicted)).toFixed(3)} | ${(s.found / Math.max(1, s.gold)).toFixed(3)} |`);
}
