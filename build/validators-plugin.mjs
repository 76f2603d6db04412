// Vite plugin serving `virtual:validators`: the schemas of schemas/ compiled to
// standalone ajv code (see ajv-standalone.mjs). Used by wxt.config.ts,
// vite.cli.config.ts and vitest.config.ts alike (WxtVitest does not apply the
// plugins of wxt.config.ts).
import { validatorsModule, projectSchemas, storeValidatorModule } from './ajv-standalone.mjs';

const ID = 'virtual:validators';
const STORE_ID = 'virtual:store-validator';

/** @param {string} root @param {string[]} [only] export names to include (the extension needs no config validator) */
export function validators(root, only) {
  const all = projectSchemas(root);
  const schemas = only ? Object.fromEntries(Object.entries(all).filter(([k]) => only.includes(k))) : all;
  return {
    name: 'spbe-lens-validators',
    resolveId(id) {
      return id === ID || id === STORE_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${STORE_ID}`) {
        this.addWatchFile(all.validateAssessment);
        return storeValidatorModule(root);
      }
      if (id !== `\0${ID}`) return undefined;
      for (const file of Object.values(schemas)) this.addWatchFile(file);
      return validatorsModule(schemas);
    },
  };
}
