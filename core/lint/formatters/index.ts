/**
 * Every output format of `spbe lint`, by the name the CLI takes (cli/commands/lint.ts
 * defaults to stylish). Each is a pure `(results, ctx) => string` in its own file.
 * @module core/lint/formatters
 */
import { compact } from './compact.ts';
import { github } from './github.ts';
import { json } from './json.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';
import type { Formatter } from './types.ts';

export type FormatterName = 'stylish' | 'compact' | 'json' | 'sarif' | 'github';

export const formatters: Record<FormatterName, Formatter> = { stylish, compact, json, sarif, github };

export type { FileResult, FormatContext, Formatter } from './types.ts';
