/**
 * Every evaluation rule, in the order their findings are usually fixed.
 * test/rules-convention.test.ts checks each has a test and a docs page.
 * @module core/lint/rules
 */
import type { Rule } from '../rule.ts';
import unknownIndicator from './unknown-indicator.ts';

export const rules: readonly Rule[] = [
  unknownIndicator,
];
