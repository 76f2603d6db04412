export const ajvOptions: { allErrors: boolean; strict: boolean; strictRequired: boolean; unicodeRegExp: boolean };
export function validatorsModule(schemas: Record<string, string>): string;
export function projectSchemas(root: string): Record<string, string>;
export function storeValidatorModule(root: string): string;
