// Vite plugin for the extension build: imports of core/frameworks/*.json get
// the framework without its long texts (criteria, questions, item titles,
// source citations, the items' content terms). The repository keeps one complete, schema-validated file
// per framework; the content script must stay small (budget: 60 kB minified,
// bench/) and never shows those texts. Numbers, structure, names, item codes
// and the Pemdi rules the engine and linter read are all kept.
import { readFileSync } from 'node:fs';

const STRIP_EVERYWHERE = new Set(['source', 'question', 'description', 'summary', 'criteria', 'basis', 'moduleId', 'workedExamples', 'formula', 'floorRule', 'floorSource', 'criteriaNote', 'content']);

export function slimFramework(fw) {
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (STRIP_EVERYWHERE.has(k)) continue;
      out[k] = walk(x);
    }
    return out;
  };
  const slim = walk(fw);
  // Item titles are long module texts; the overlay names items by code.
  for (const ind of slim.indicators) for (const l of Object.values(ind.levels)) for (const it of l.items ?? []) delete it.title;
  return slim;
}

export function slimFrameworks() {
  return {
    name: 'spbe-lens-slim-frameworks',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]core[\\/]frameworks[\\/](spbe-2020|pemdi-2026)\.json$/.test(id)) return undefined;
      return JSON.stringify(slimFramework(JSON.parse(readFileSync(id, "utf8"))));
    },
  };
}

/**
 * `virtual:item-content`: the Pemdi items' content terms (`content`, which the
 * slim frameworks leave out) by local item code, for the one page that judges
 * a picked file's content (extension/evidence/checker.ts). Also in vitest.
 */
export function itemContent(root) {
  const ID = 'virtual:item-content';
  return {
    name: 'spbe-lens-item-content',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const fw = JSON.parse(readFileSync(`${root}/core/frameworks/pemdi-2026.json`, 'utf8'));
      const map = {};
      for (const ind of fw.indicators) for (const l of Object.values(ind.levels)) for (const it of l.items ?? []) if (it.content) map[it.code] = it.content;
      return `export default ${JSON.stringify(map)};`;
    },
  };
}
