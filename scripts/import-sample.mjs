#!/usr/bin/env node
// A page sample (from the extension's "Simpan contoh halaman" or from
// `spbe sanitize-page`) → a replica the tests run (docs/page-sample.md):
//
//   node scripts/import-sample.mjs contoh.html --expect eval-indicator [--name indikator-4-2026-09] [--host eval.spbe.go.id]
//
// Writes test/fixtures/portal/<host>/contoh/<name>/index.html (served at
// https://<host>/contoh/<name>) and records the page kind the maintainer says
// it is in test/fixtures/portal/samples.json. extension/portal/detect.test.ts
// reads that file: the test fails until the adapter reads the page as that
// kind ("none": a page the adapter must not recognise). The replica is made
// self-contained as check-fixtures.mjs wants it (no stylesheet links, no
// pictures or media, links that lead nowhere become "#", forms post to a path
// that is not served). Plain Node ESM; parse5 is the project's own HTML parser.
// Exit codes: 0 imported; 1 the file is no sample; 2 usage.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, serialize } from 'parse5';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOSTS = ['tauval.spbe.go.id', 'eval.spbe.go.id'];
const KINDS = ['tauval-indicator', 'tauval-indicator-list', 'tauval-assessor', 'eval-indicator', 'eval-indicator-list', 'none'];
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'source', 'track', 'iframe', 'object', 'embed', 'link', 'base', 'script']);

const usage = `node scripts/import-sample.mjs <contoh.html> --expect <${KINDS.join('|')}> [--name NAME] [--host HOST]`;
function fail(code, message) {
  process.stderr.write(`import-sample: ${message}\n${code === 2 ? `\n${usage}\n` : ''}`);
  process.exit(code);
}

let args;
try {
  // --into: another fixture folder (the script's own test writes into a temporary one).
  args = parseArgs({ allowPositionals: true, options: { expect: { type: 'string' }, name: { type: 'string' }, host: { type: 'string' }, into: { type: 'string' } } });
} catch (e) {
  fail(2, e.message);
}
const [file] = args.positionals;
const { expect, name: givenName, host: givenHost } = args.values;
const FIXTURES = args.values.into ?? join(ROOT, 'test/fixtures/portal');
const MANIFEST = join(FIXTURES, 'samples.json');
if (args.positionals.length !== 1) fail(2, 'give exactly one sample file');
if (!KINDS.includes(expect)) fail(2, `--expect must be one of ${KINDS.join(', ')}`);
if (!existsSync(file)) fail(2, `${file}: not found`);

const html = readFileSync(file, 'utf8');
const info = (() => {
  const m = /<script type="application\/json" id="spbe-lens-sample">([\s\S]*?)<\/script>/.exec(html);
  try { return m ? JSON.parse(m[1]) : null; } catch { return null; }
})();
if (!info) fail(1, `${file}: no sample info block; make the sample with the extension's "Simpan contoh halaman" or \`spbe sanitize-page\` first (never import a page that was not sanitised)`);
const sampleUrl = info.report?.url ?? info.url ?? null;
const host = givenHost ?? (sampleUrl ? new URL(sampleUrl).hostname : null);
if (!HOSTS.includes(host)) fail(2, `the portal host is unknown (${host ?? 'none in the sample'}): give --host ${HOSTS.join(' or ')}`);
const name = (givenName ?? basename(file).replace(/\.html?$/i, '')).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-|-$/g, '');
if (!name) fail(2, 'give --name (letters, digits, dashes)');

// ---- self-contained, as check-fixtures.mjs checks every replica
const doc = parse(html);
const ids = new Map();
const walk = (n, fn) => { fn(n); for (const c of (n.nodeName === 'template' ? n.content.childNodes : n.childNodes ?? [])) walk(c, fn); };
walk(doc, (n) => { const id = n.attrs?.find((a) => a.name === 'id')?.value; if (id) ids.set(id, (ids.get(id) ?? 0) + 1); });
const duplicates = [...ids].filter(([, k]) => k > 1).map(([id]) => id);
const seen = new Map();
walk(doc, (n) => {
  if (!n.childNodes) return;
  n.childNodes = n.childNodes.filter((c) => !(c.tagName && MEDIA.has(c.tagName) && !(c.tagName === 'script' && c.attrs.some((a) => a.value === 'spbe-lens-sample'))) && c.nodeName !== '#comment');
  for (const a of n.attrs ?? []) {
    if (a.name === 'id' && duplicates.includes(a.value)) { const k = (seen.get(a.value) ?? 0) + 1; seen.set(a.value, k); if (k > 1) a.value = `${a.value}-${k}`; }
    if (['href', 'src', 'poster', 'srcset', 'formaction', 'data-href'].includes(a.name)) a.value = a.value.startsWith('#') && ids.has(a.value.slice(1)) ? a.value : '#';
    if (a.name === 'action') a.value = `/contoh/${name}/simpan`;
    if (a.name === 'style') a.value = a.value.replace(/url\([^)]*\)/gi, 'none');
  }
  if (n.tagName === 'form') {
    n.attrs = n.attrs.filter((a) => a.name !== 'method' && a.name !== 'action');
    n.attrs.push({ name: 'method', value: 'post' }, { name: 'action', value: `/contoh/${name}/simpan` });
  }
  if (n.tagName === 'style') for (const t of n.childNodes) if (t.nodeName === '#text') t.value = t.value.replace(/url\([^)]*\)/gi, 'none').replace(/@import[^;]*;?/gi, '');
});
let out = serialize(doc);
if (!/<html\s[^>]*lang=/i.test(out)) out = out.replace(/<html/i, '<html lang="id"');
if (!/<meta charset="utf-8">/i.test(out)) out = out.replace(/<head>/i, '<head>\n<meta charset="utf-8">');
if (!/<title>[^<]+<\/title>/i.test(out)) out = out.replace(/<\/head>/i, `<title>Contoh ${name}</title></head>`);
out = out.replace(/<head>/i, `<head>\n<!-- SPBE Lens test fixture: a sanitised page sample of ${host} imported by scripts/import-sample.mjs (name "${name}"), NOT the live portal: its agency data was replaced. See test/fixtures/portal/README.md. -->`);
if (!/^<!DOCTYPE html>/i.test(out)) out = `<!DOCTYPE html>\n${out}`;

const target = join(FIXTURES, host, 'contoh', name, 'index.html');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, out.endsWith('\n') ? out : `${out}\n`);

const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
const url = `https://${host}/contoh/${name}`;
manifest[url] = { kind: expect, from: sampleUrl, source: info.source ?? null, reported: info.report ? { recognised: info.report.recognised, kind: info.report.kind, reason: info.report.reason?.code ?? null } : null };
writeFileSync(MANIFEST, `${JSON.stringify(Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`);

process.stdout.write(`imported ${file} → ${target} (${url}), expected: ${expect}
${duplicates.length ? `renamed duplicate ids: ${duplicates.join(', ')}\n` : ''}next: node test/fixtures/portal/check-fixtures.mjs && node node_modules/vitest/vitest.mjs run extension/portal/detect.test.ts
(the detection test fails until the adapter reads the page as "${expect}"; add the replica's invented parts to test/fixtures/portal/README.md)
`);
