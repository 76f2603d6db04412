// Vite plugin for the extension build: imports of core/frameworks/*.json get
// the framework without its long texts (criteria, questions, item titles,
// source citations). The repository keeps one complete, schema-validated file
// per framework; the content script must stay small (budget: 60 kB minified,
// bench/) and never shows those texts. Numbers, structure, names, item codes
// and the Pemdi rules the engine and linter read are all kept.
import { readFileSync } from 'node:fs';

const STRIP_EVERYWHERE = new Set(['source', 'question', 'description', 'summary', 'criteria', 'basis', 'moduleId', 'workedExamples', 'formula', 'floorRule', 'floorSource', 'criteriaNote']);

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
