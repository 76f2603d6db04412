// Types of the module built from schemas/ by build/validators-plugin.mjs.
declare module 'virtual:validators' {
  export interface ValidatorError {
    keyword: string;
    instancePath: string;
    schemaPath: string;
    params: Record<string, unknown>;
    message?: string;
  }
  export interface Validator {
    (data: unknown): boolean;
    errors?: ValidatorError[] | null;
  }
  export const validateAssessment: Validator;
  export const validateConfig: Validator;
  export const validateBaseline: Validator;
}

// A lean validator for one stored indicator entry (build/ajv-standalone.mjs).
declare module 'virtual:store-validator' {
  import type { Validator } from 'virtual:validators';
  export const validateStoredEntry: Validator;
}
