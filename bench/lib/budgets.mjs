// Size budgets of the built extension and how its parts are measured. Shared
// by bench/bundle-size.mjs (the report) and test/budget.test.ts (the fast
// check in `npm test`), so both judge the same numbers.
//
// Sizes are of the JavaScript as shipped (WXT/Vite minify it) and of the same
// bytes through gzip -9; 1 kB = 1000 bytes. A page's size is its entry chunk
// plus every chunk it imports statically (what the browser must load and
// parse before the page can draw); chunks it imports with import() are listed
// apart, as lazy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Minified-size budgets in bytes.
 * - content: from the issue ("content script under 60 kB minified"): it is
 *   parsed and run on every portal page load, all day, on slow office laptops.
 * - popup, options, standalone, sidepanel, background: NOT from the issue.
 *   Ceilings this bench chose to catch regressions (a runtime ajv compiler
 *   alone would add ~120 kB); the engineer may tighten them. The background
 *   holds the rules, both frameworks, the overlay's text and the
 *   stored-record validator for the portal tabs (extension/background/):
 *   ~97 kB, loaded once when the worker starts, not on every page.
 */
export const BUDGETS = {
  content: { minBytes: 60_000, source: 'issue' },
  popup: { minBytes: 150_000, source: 'bench ceiling' },
  options: { minBytes: 200_000, source: 'bench ceiling' },
  standalone: { minBytes: 200_000, source: 'bench ceiling' },
  sidepanel: { minBytes: 150_000, source: 'bench ceiling' },
  // 120 kB until the rule item-revisi (2026-12): each rule's bilingual texts are ~1 kB here.
  background: { minBytes: 125_000, source: 'bench ceiling' },
};

const sizeOf = (buf) => ({ min: buf.length, gzip: gzipSync(buf, { level: 9 }).length });

/** Static and dynamic relative imports of a built ES module chunk (minified: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`). */
function importsOf(code) {
  const stat = new Set();
  const lazy = new Set();
  for (const m of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) stat.add(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)) lazy.add(m[1]);
  return { stat: [...stat], lazy: [...lazy] };
}

/** One entry file and everything it statically imports, transitively (paths relative to the build root). */
function closure(root, entry) {
  const files = [];
  const lazy = new Set();
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(root, rel), 'utf8');
    files.push(rel);
    const { stat, lazy: l } = importsOf(code);
    for (const s of stat) visit(posix.join(posix.dirname(rel), s));
    for (const s of l) lazy.add(posix.join(posix.dirname(rel), s));
  };
  visit(entry);
  for (const f of seen) lazy.delete(f);
  return { files, lazy: [...lazy] };
}

/**
 * Measures a build directory (.output/chrome-mv3 or firefox-mv2): the content
 * script(s) and background from the manifest, and every HTML page at the root
 * with its module scripts. Throws when there is no build.
 */
export function measureBuild(root) {
  const manifestFile = join(root, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`no extension build in ${root} (manifest.json missing): run \`npx wxt build\` (npm test builds it first)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const parts = {};
  const add = (name, entries) => {
    const files = new Set();
    const lazy = new Set();
    for (const e of entries) {
      const c = closure(root, e);
      c.files.forEach((f) => files.add(f));
      c.lazy.forEach((f) => lazy.add(f));
    }
    const buf = Buffer.concat([...files].map((f) => readFileSync(join(root, f))));
    const lazyBuf = Buffer.concat([...lazy].filter((f) => !files.has(f)).map((f) => readFileSync(join(root, f))));
    parts[name] = { files: [...files], lazyFiles: [...lazy], ...sizeOf(buf), lazyMin: lazyBuf.length };
  };
  const content = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (content.length === 0) throw new Error(`${manifestFile} declares no content script`);
  add('content', content);
  const bg = manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts ?? [];
  if (bg.length) add('background', bg);
  for (const html of readdirSync(root).filter((f) => f.endsWith('.html')).sort()) {
    const text = readFileSync(join(root, html), 'utf8');
    const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="\/?([^"]+\.js)"/g)].map((m) => m[1]);
    if (scripts.length) add(html.replace(/\.html$/, ''), scripts);
  }
  return parts;
}

/** Every .js file under a build directory (for the forbidden-construct scan). */
export function allJs(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p); else if (e.name.endsWith('.js') || e.name.endsWith('.mjs')) out.push(p);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** The budget rows for a measured build: part, sizes, budget, whether it fits. */
export function budgetRows(parts) {
  return Object.entries(BUDGETS).filter(([name]) => parts[name]).map(([name, b]) => ({
    part: name, min: parts[name].min, gzip: parts[name].gzip, budget: b.minBytes, source: b.source, ok: parts[name].min <= b.minBytes,
  }));
}

export const buildDir = (root, target) => join(root, '.output', target);
