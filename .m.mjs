import { build } from 'rolldown';
const files = process.argv.slice(2);
for (const f of files) {
  const r = await build({ input: f, write: false, output: { minify: true, format: 'esm' }, external: (id, importer) => importer !== undefined, logLevel: 'silent' });
  console.log(f, r.output[0].code.length);
}
