/**
 * Whether two JSON values are the same: entries as stored, read from a page
 * or sent between tabs hold only JSON, with members in the order they were
 * written. One copy for the content script, the background and the pages.
 * @module extension/same-json
 */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
