import { build } from 'rolldown';
const r = await build({ input: process.argv[2], write: false, output: { minify: true, format: 'esm' }, external: (id, importer) => importer !== undefined, logLevel: 'silent' });
console.log(r.output[0].code);
