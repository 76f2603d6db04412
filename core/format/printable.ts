/**
 * Text from a user's file made safe to print on a terminal or in a CI log.
 * Every report that prints a value taken from a file (an agency's name, an
 * evidence title, a note) passes it through here: the lint formatters, and
 * the score and compare texts, whose one line per value must stay one line.
 * @module core/format/printable
 */

/**
 * Characters a terminal or a CI log acts on rather than shows: C0 and C1
 * controls (ESC starts colour, title and screen-clearing sequences; a line
 * break could start a line of its own, such as a GitHub Actions `::error`
 * command), DEL, the line and paragraph separators, and the bidirectional
 * overrides that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const UNPRINTABLE_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` safe to print: every such character written as its escape (`\u001b`), as JSON would. */
export const printable = (s: string) => s.replace(UNPRINTABLE, escapeChar);

/** The same for a multi-line text (score and compare reports): line breaks and tabs kept, everything else escaped. */
export const printableLines = (s: string) => s.replace(UNPRINTABLE_BUT_LINES, escapeChar);
