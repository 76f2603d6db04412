// Vite plugin for every build that bundles pdf.js (unpdf's build of it): its
// three `new Function(` (two probes for eval support, one compiler of
// PostScript functions used only when eval is supported and the caller allows
// it) become a constructor that throws EvalError, which is what those calls do
// in an MV3 extension page anyway (CSP without 'unsafe-eval'). pdf.js then
// takes its interpreted path, as it does with `isEvalSupported: false`, which
// core/evidence/pdf-facts.ts also passes. The point is that no built file
// carries code that evaluates strings (test/budget.test.ts reads the syntax
// trees), and that the probe does not log a CSP violation in the extension.
// The build fails if the text changed, so a pdf.js upgrade is looked at.
const PDFJS = /[\\/]unpdf[\\/]dist[\\/]pdfjs\.mjs$/;
const EXPECTED = 3;

export function noEval() {
  return {
    name: 'spbe-lens-no-eval',
    transform(code, id) {
      if (!PDFJS.test(id)) return undefined;
      const found = code.split('new Function(').length - 1;
      if (found !== EXPECTED) this.error(`build/no-eval-plugin.mjs: expected ${EXPECTED} "new Function(" in ${id}, found ${found}; check the new pdf.js before building`);
      const prelude = 'class SpbeLensNoEval { constructor() { throw new EvalError("SPBE Lens: no code from strings"); } }\n';
      return { code: prelude + code.replaceAll('new Function(', 'new SpbeLensNoEval('), map: null };
    },
  };
}
