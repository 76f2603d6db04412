import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'SPBE Lens',
    description: 'Pratinjau indeks SPBE/Pemdi dan pemeriksaan bukti dukung di portal evaluasi.',
    permissions: ['storage'],
    host_permissions: ['https://tauval.spbe.go.id/*', 'https://eval.spbe.go.id/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'spbe-lens@spbe-lens.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
