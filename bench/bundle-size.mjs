#!/usr/bin/env node
// Bundle sizes of the built extension against the budgets in
// bench/lib/budgets.mjs; exits 1 when a part is over budget.
//
//   node bench/bundle-size.mjs [--breakdown]
//
// Reads .output/chrome-mv3 (and firefox-mv2's content script, for
// comparison) as `npx wxt build` left it; builds nothing unless --breakdown.
// --breakdown also builds a throwaway copy with source maps into
// bench/out/wxt-sourcemap (WXT's JS API with an inline config merged over
// wxt.config.ts, which stays untouched) and attributes the content script's
// and the pages' shared chunk's bytes to source modules, so whoever trims the
// content script sees where the bytes are; and the size of WXT's
// createShadowRootUi bundled alone (bench/lib/library-size.mjs), the library
// extension/content/mount.ts stands in for.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS, budgetRows, buildDir, measureBuild } from './lib/budgets.mjs';
import { OUT, ROOT, fmt, saveResult } from './lib/common.mjs';

const { values } = parseArgs({ options: { breakdown: { type: 'boolean', default: false } } });
const kB = (n) => fmt(n / 1000, 1);

const chrome = measureBuild(buildDir(ROOT, 'chrome-mv3'));
const ffDir = buildDir(ROOT, 'firefox-mv2');
const firefox = existsSync(join(ffDir, 'manifest.json')) ? measureBuild(ffDir) : null;
const rows = budgetRows(chrome);

console.log('part        min kB   gzip kB   budget kB  source         ok');
for (const r of rows) console.log(`${r.part.padEnd(11)} ${kB(r.min).padStart(7)} ${kB(r.gzip).padStart(9)} ${kB(r.budget).padStart(11)}  ${r.source.padEnd(14)} ${r.ok ? 'yes' : 'OVER'}`);
if (firefox) console.log(`firefox-mv2 content script: ${kB(firefox.content.min)} kB min, ${kB(firefox.content.gzip)} kB gzip`);

let breakdown = null;
if (values.breakdown) {
  const { build } = await import('wxt');
  const { breakdown: of } = await import('./lib/sourcemap-breakdown.mjs');
  const outDir = join(OUT, 'wxt-sourcemap');
  // Inline config: WXT merges it over wxt.config.ts (the file is not changed).
  await build({ outDir, vite: () => ({ build: { sourcemap: true } }) });
  // That build rewrote .wxt/ (generated types, tsconfig excludes) for its outDir;
  // regenerate it for the project's own config so nothing else sees a difference.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'prepare'], { cwd: ROOT, stdio: 'ignore' });
  const sm = join(outDir, 'chrome-mv3');
  const parts = measureBuild(sm);
  const pagesChunk = parts.popup?.files.find((f) => !f.includes('popup'));
  breakdown = {
    content: of(join(sm, parts.content.files[0])),
    ...(pagesChunk ? { pagesShared: { file: pagesChunk.replace(/-[\w-]+\.js$/, '-*.js'), ...of(join(sm, pagesChunk)) } } : {}),
  };
  console.log(`\ncontent script by module group (source-map build, ${kB(breakdown.content.total)} kB):`);
  for (const g of breakdown.content.groups) console.log(`  ${kB(g.bytes).padStart(6)} kB  ${fmt((100 * g.bytes) / breakdown.content.total, 0).padStart(3)} %  ${g.name}`);
  // What the content script would carry with WXT's shadow-root UI instead of extension/content/mount.ts.
  const { librarySize } = await import('./lib/library-size.mjs');
  breakdown.libraries = [await librarySize(ROOT, OUT, 'wxt/utils/content-script-ui/shadow-root', 'createShadowRootUi')];
  for (const l of breakdown.libraries) console.log(`\n${l.specifier} ${l.name}, bundled alone: ${kB(l.min)} kB min, ${kB(l.gzip)} kB gzip`);
}

saveResult('bundle', { at: new Date().toISOString(), budgets: BUDGETS, rows, chrome, firefoxContent: firefox?.content ?? null, breakdown });
process.exit(rows.every((r) => r.ok) ? 0 : 1);
