#!/usr/bin/env node
// The language server as an editor feels it: from a didChange on a complete
// 47-indicator assessment with evidence (examples/kota-contoh-spbe-2025.json)
// to the publishDiagnostics for that version, p50/p95 over N edits typed one
// at a time (each waits for its diagnostics, as a user typing slower than the
// server answers); then the server's memory (RSS, and V8 heap as the server
// reports nothing else) before and after M more edits.
//
//   node bench/lsp-latency.mjs [--edits 500] [--memory-edits 10000] [--build]
//
// Goals (issue 14): p95 <= 25 ms on the machine the overlay benchmark ran on,
// under the same load; memory growth < 50 MB after 10,000 edits. Needs
// dist/spbe.cjs (--build runs the CLI build first). The server runs as the
// user runs it: `node dist/spbe.cjs lsp --stdio`, a separate process.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import protocol from 'vscode-languageserver-protocol/node';
import { ROOT, coresBusy, fmt, loadavg, machineBusy, percentile, saveResult } from './lib/common.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

const { values } = parseArgs({ options: { edits: { type: 'string', default: '500' }, 'memory-edits': { type: 'string', default: '10000' }, build: { type: 'boolean', default: false } } });
const EDITS = Number(values.edits);
const MEMORY_EDITS = Number(values['memory-edits']);
if (values.build) execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
const SPBE = join(ROOT, 'dist/spbe.cjs');
if (!existsSync(SPBE)) { console.error('no dist/spbe.cjs: run `npm run build:cli` (or pass --build)'); process.exit(2); }

const file = join(ROOT, 'examples/kota-contoh-spbe-2025.json');
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const indicators = Object.keys(JSON.parse(text).indicators).length;

const server = spawn(process.execPath, [SPBE, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
/** Resolvers waiting for a version's diagnostics. */
const waiting = new Map();
let published = 0;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  published++;
  const w = waiting.get(p.version);
  if (w) { waiting.delete(p.version); w({ at: performance.now(), count: p.diagnostics.length }); }
});
conn.listen();
const diagnosticsOf = (version) => new Promise((resolve) => waiting.set(version, resolve));

/** The server's resident memory (MB), from /proc. */
function rssMb() {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
await conn.sendNotification('initialized', {});
let version = 1;
let opened = diagnosticsOf(1);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
const first = await opened;

// One keystroke in the agency's name, then its deletion: the text stays the same size, every version is linted.
const at = text.indexOf('Pemerintah Kota Contoh') + 'Pemerintah'.length;
const before = text.slice(0, at).split('\n');
const pos = { line: before.length - 1, character: before[before.length - 1].length };
function edit(v) {
  const insert = v % 2 === 0;
  const range = insert ? { start: pos, end: pos } : { start: pos, end: { ...pos, character: pos.character + 1 } };
  return { textDocument: { uri, version: v }, contentChanges: [{ range, text: insert ? 'x' : '' }] };
}

async function typeOne() {
  version++;
  const done = diagnosticsOf(version);
  const sent = performance.now();
  await conn.sendNotification('textDocument/didChange', edit(version));
  const got = await done;
  return { ms: got.at - sent, count: got.count };
}

const load = { before: loadavg() };
const busy0 = machineBusy();
// Warm-up: the first lints compile the rules' code.
for (let k = 0; k < 20; k++) await typeOne();
const samples = [];
for (let k = 0; k < EDITS; k++) samples.push((await typeOne()).ms);
load.after = loadavg();
load.busyCores = coresBusy(busy0, machineBusy());
const latency = { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };

global.gc?.();
const rssBefore = rssMb();
const memStart = performance.now();
for (let k = 0; k < MEMORY_EDITS; k++) await typeOne();
const memoryMinutes = (performance.now() - memStart) / 60000;
// Let the server collect garbage it can, then read: growth that stays is what a long session keeps.
await new Promise((r) => setTimeout(r, 2000));
const rssAfter = rssMb();
const memory = { edits: MEMORY_EDITS, rssBeforeMb: rssBefore, rssAfterMb: rssAfter, growthMb: rssAfter - rssBefore, minutes: memoryMinutes };

await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
conn.dispose();

const result = {
  file: 'examples/kota-contoh-spbe-2025.json', indicators, bytes: Buffer.byteLength(text), firstDiagnostics: first.count,
  latency, memory, published, load, node: process.version,
  goals: { p95Ms: 25, growthMb: 50, p95Met: latency.p95 <= 25, growthMet: memory.growthMb < 50 },
};
saveResult('lsp', result);
console.log(`didChange → publishDiagnostics (${indicators} indicators, ${EDITS} edits): p50 ${fmt(latency.p50)} ms, p95 ${fmt(latency.p95)} ms, max ${fmt(latency.max)} ms (goal p95 ≤ 25 ms: ${result.goals.p95Met ? 'met' : 'NOT met'})`);
console.log(`memory after ${MEMORY_EDITS} more edits: RSS ${fmt(rssBefore)} → ${fmt(rssAfter)} MB, growth ${fmt(memory.growthMb)} MB (goal < 50 MB: ${result.goals.growthMet ? 'met' : 'NOT met'}); ${fmt(memoryMinutes)} min`);
console.log(`machine: load ${load.before?.join(' ')} → ${load.after?.join(' ')}, other processes busy ${fmt(load.busyCores)} cores`);
