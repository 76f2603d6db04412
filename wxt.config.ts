import { defineConfig } from 'wxt';
import { validators } from './build/validators-plugin.mjs';
import { itemContent, slimFrameworks } from './build/slim-frameworks-plugin.mjs';
import { noEval } from './build/no-eval-plugin.mjs';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'SPBE Lens',
    description: 'Pratinjau indeks SPBE/Pemdi dan pemeriksaan bukti dukung di portal evaluasi.',
    // offscreen (Chrome only): the pre-upload check reads a picked PDF with pdf.js in an offscreen
    // document (extension/evidence/host.ts), as a service worker cannot; Firefox's background page can.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['https://tauval.spbe.go.id/*', 'https://eval.spbe.go.id/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'spbe-lens@spbe-lens.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  // Schema validators compiled ahead of time: MV3 forbids the `new Function`
  // that runtime ajv needs (build/ajv-standalone.mjs).
  vite: () => ({ plugins: [validators(import.meta.dirname, ['validateAssessment']), slimFrameworks(), itemContent(import.meta.dirname), noEval()] }),
});
