/**
 * Does a file found in a folder look like an assessment? `spbe lint` lints
 * only those among the JSON files a folder or glob reaches (a file named on
 * the command line is linted whatever it holds). Asked once, of the bytes read
 * for linting (cli/lint-file.ts): the "framework" member sits near the top of
 * every assessment (docs/assessment-format.md), so the first 64 KiB tell.
 * @module cli/assessment-sniff
 */

const HEAD_BYTES = 64 * 1024;
const FRAMEWORK_KEY = Buffer.from('"framework"', 'latin1');
/** What /\s/ matches among latin1 characters: tab, LF, VT, FF, CR, space, no-break space. */
const isLatin1Space = (b: number): boolean => (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0;

/**
 * Whether the first n bytes of `buf`, read as latin1, match /"framework"\s*:/.
 * Searched in the bytes (no string). UTF-16 files interleave NUL bytes;
 * without them the check sees the key, so those are searched as text with the
 * NULs dropped.
 */
export function headHasFrameworkKey(buf: Buffer, n: number): boolean {
  const view = n === buf.length ? buf : buf.subarray(0, n);
  if (view.includes(0)) return /"framework"\s*:/.test(view.toString('latin1').split('\0').join(''));
  for (let at = view.indexOf(FRAMEWORK_KEY); at >= 0; at = view.indexOf(FRAMEWORK_KEY, at + 1)) {
    let i = at + FRAMEWORK_KEY.length;
    while (i < n && isLatin1Space(view[i]!)) i++;
    if (i < n && view[i] === 0x3a /* : */) return true;
  }
  return false;
}

/** The key in a file's first 64 KiB, given the file's bytes. */
export function bytesLookLikeAssessment(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES));
  return headHasFrameworkKey(buf, buf.length);
}
