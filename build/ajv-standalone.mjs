// Compiles JSON Schemas to standalone ajv validators at build time.
//
// Why: ajv compiles with `new Function`, which Manifest V3 forbids in content
// scripts and extension pages (EvalError under the MV3 CSP; ajv docs/security.md
// recommends standalone code for exactly this). The same generated module serves
// the extension, the CLI bundle and the tests, so every surface validates with
// the same compiled code and nothing compiles a schema per file at run time.
// Plain .mjs because Node 20 cannot run .ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';

/** Options shared by the build and by tests that compare against runtime ajv. */
// strictRequired is off: `anyOf: [{required: [file]}, {required: [url]}]` names
// properties declared beside it, which that check cannot see.
export const ajvOptions = { allErrors: true, strict: true, strictRequired: false, unicodeRegExp: true };

/**
 * @param {Record<string, string>} schemas export name -> schema file path
 * @returns {string} an ES module exporting one validate function per name
 */
export function validatorsModule(schemas) {
  // The `date` format is core/iso-date.ts's `date`, imported by the generated
  // code; it checks what ajv-formats' date does (core/iso-date.test.ts) without
  // a match array per date. This Node (20) cannot import .ts, and ajv only
  // generates code here, so the function given to ajv is a stand-in.
  const isoDate = fileURLToPath(new URL('../core/iso-date.ts', import.meta.url));
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true, formats: _`require(${isoDate})` } });
  ajv.addFormat('date', () => { throw new Error('build-time stand-in: the generated code imports core/iso-date.ts'); });
  const loaded = Object.entries(schemas).map(([name, file]) => [name, JSON.parse(readFileSync(file, 'utf8'))]);
  withoutEvaluationTracking(ajv, loaded.map(([, schema]) => schema));
  for (const [name, schema] of loaded) ajv.addSchema(schema, name);
  return esmOf(appendingErrors(standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((n) => [n, n])))));
}

const CONCAT = /vErrors = vErrors === null \? (\w+)\.errors : vErrors\.concat\(\1\.errors\);/g;

/**
 * ajv's code gathers the errors of a subschema it calls (an indicator, an
 * evidence entry) with `vErrors = vErrors.concat(errors)`, copying every error
 * so far at each call: a file with 40,000 bad evidence entries took 26 s, and
 * 500,000 never finished. Appending in place makes it linear; the same errors
 * come out (build/ajv-standalone.test.ts compares with runtime ajv). Each call
 * of a validator builds a new errors array, so appending to the one taken
 * over from a callee changes nothing the callee keeps.
 */
function appendingErrors(code) {
  const out = code.replace(CONCAT, (_m, fn) => `if (vErrors === null) vErrors = ${fn}.errors; else for (const e of ${fn}.errors) vErrors.push(e);`);
  if (out.includes('vErrors.concat(')) throw new Error('ajv generated a vErrors.concat this build does not rewrite: update CONCAT in build/ajv-standalone.mjs');
  return out;
}

const TRACKED_KEYWORDS = /"(unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor|\$recursiveRef|\$recursiveAnchor)"\s*:/;

/**
 * Ajv2020 always generates code that records which properties and items each
 * subschema evaluated (for unevaluatedProperties/Items) and passes dynamic
 * anchors along (for $dynamicRef). For that record it must try every branch
 * of an anyOf even when an earlier one passed: every evidence entry with a
 * `file` then also built the `url` branch's error object and threw it away,
 * about 20 MB of garbage over the 650-file bench corpus. Our schemas use none
 * of those keywords, so the tracking is turned off (ajv's own option for
 * draft-07), which lets anyOf stop at the first passing branch. The same
 * errors come out either way (build/ajv-standalone.test.ts compares with
 * runtime Ajv2020); a schema that starts to use one of the keywords fails the
 * build here instead.
 */
function withoutEvaluationTracking(ajv, schemas) {
  for (const schema of schemas) {
    const uses = TRACKED_KEYWORDS.exec(JSON.stringify(schema));
    if (uses) throw new Error(`${schema.$id}: uses ${uses[1]}; remove withoutEvaluationTracking from build/ajv-standalone.mjs`);
  }
  ajv.opts.unevaluated = false;
  ajv.opts.dynamicRef = false;
}

/**
 * The validator the content script uses to check records it stored itself: one
 * indicator entry against the assessment schema's `$defs/indicator`, first error
 * only, dates checked by shape (YYYY-MM-DD) rather than by calendar. That keeps
 * ajv-formats and the whole-file validator out of the content script (about
 * 38 kB of its size, bench/results.md); files from users are still validated in
 * full, with calendar dates, by validateAssessment.
 */
export function storeValidatorModule(root) {
  const ajv = new Ajv2020({ ...ajvOptions, allErrors: false, code: { source: true, esm: true } });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const schema = JSON.parse(readFileSync(`${root}/schemas/assessment.schema.json`, 'utf8'));
  ajv.addSchema(schema);
  return esmOf(standaloneCode(ajv, { validateStoredEntry: `${schema.$id}#/$defs/indicator` }));
}

/** ajv's "esm" output with its require() calls turned into imports. */
function esmOf(standalone) {
  let code = standalone;
  // ajv's "esm" output still calls require() for its runtime helpers (ajv#2209).
  // Rewrite each to an import with an interop shim: Node gives ns.default ===
  // module.exports while bundlers give ns.default === exports.default.
  const imports = [];
  let n = 0;
  code = code.replace(/require\("([^"]+)"\)/g, (_m, spec) => {
    const i = n++;
    // Our own modules (the date format, core/iso-date.ts) are ES modules: their namespace is the object.
    if (spec.endsWith('.ts')) {
      imports.push(`import * as __req${i} from ${JSON.stringify(spec)};`);
      return `__req${i}`;
    }
    const file = /\.[cm]?js$/.test(spec) ? spec : `${spec}.js`;
    imports.push(
      `import * as __ns${i} from ${JSON.stringify(file)};`,
      `const __req${i} = __ns${i}.default && __ns${i}.default.__esModule ? __ns${i}.default : __ns${i};`,
    );
    return `__req${i}`;
  });
  return `${imports.join('\n')}\n${code}`;
}

export const projectSchemas = (root) => ({
  validateAssessment: `${root}/schemas/assessment.schema.json`,
  validateConfig: `${root}/schemas/config.schema.json`,
  validateBaseline: `${root}/schemas/baseline.schema.json`,
});
