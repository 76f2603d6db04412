/**
 * Does a file found in a folder look like an assessment? `spbe lint` lints
 * only those among the JSON files a folder or glob reaches (a file named on
 * the command line is linted whatever it holds), and the language server only
 * those among open documents. Asked once, of the bytes read for linting
 * (cli/lint-file.ts): the members that say so sit near the top of every
 * assessment (docs/assessment-format.md), so the first 64 KiB tell.
 *
 * An assessment is recognised by any one of: its "framework" member; a
 * "$schema" naming our assessment schema; or an "indicators" object (score and
 * compare write theirs as arrays). Not by "framework" alone: a file whose
 * "framework" key is mistyped ("framwork") is exactly the file that must be
 * linted, and skipping it left `spbe lint .` silent with exit 0.
 * @module cli/assessment-sniff
 */

const HEAD_BYTES = 64 * 1024;
const FRAMEWORK_KEY = Buffer.from('"framework"', 'latin1');
const INDICATORS_KEY = Buffer.from('"indicators"', 'latin1');
const SCHEMA_KEY = Buffer.from('"$schema"', 'latin1');
const OUR_SCHEMA_FILE = 'assessment.schema.json"';
/** What /\s/ matches among latin1 characters: tab, LF, VT, FF, CR, space, no-break space. */
const isLatin1Space = (b: number): boolean => (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0;

/** Whether `key`, spaces and a colon stand somewhere in view[0..n) with a value for which `valueOk` (given where it starts) holds. */
function valueAfterKey(view: Buffer, n: number, key: Buffer, valueOk: (at: number) => boolean): boolean {
  for (let at = view.indexOf(key); at >= 0 && at < n; at = view.indexOf(key, at + 1)) {
    let i = at + key.length;
    while (i < n && isLatin1Space(view[i]!)) i++;
    if (i >= n || view[i] !== 0x3a /* : */) continue;
    i++;
    while (i < n && isLatin1Space(view[i]!)) i++;
    if (valueOk(i)) return true;
  }
  return false;
}

/**
 * Whether the first n bytes of `buf`, read as latin1 and searched as bytes (no
 * string), hold a "framework"
 * key, an "indicators" key whose value is an object, or a "$schema" whose
 * value names assessment.schema.json (by path or by its $id).
 */
export function headLooksLikeAssessment(buf: Buffer, n: number): boolean {
  const view = n === buf.length ? buf : buf.subarray(0, n);
  // UTF-16 files interleave NUL bytes: without them the keys read as in UTF-8.
  if (view.includes(0)) {
    const dense = Buffer.from(view.toString('latin1').split('\0').join(''), 'latin1');
    return dense.length > 0 && headLooksLikeAssessment(dense, dense.length);
  }
  if (valueAfterKey(view, n, FRAMEWORK_KEY, () => true)) return true;
  if (valueAfterKey(view, n, INDICATORS_KEY, (i) => i < n && view[i] === 0x7b /* { */)) return true;
  return valueAfterKey(view, n, SCHEMA_KEY, (i) => {
    if (i >= n || view[i] !== 0x22 /* " */) return false;
    const close = view.indexOf(0x22, i + 1);
    const end = close < 0 ? n : Math.min(close + 1, n);
    return view.toString('latin1', i + 1, end).endsWith(OUR_SCHEMA_FILE);
  });
}

/** Whether a file's first 64 KiB look like an assessment (headLooksLikeAssessment), given the file's bytes. */
export function bytesLookLikeAssessment(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES));
  return headLooksLikeAssessment(buf, buf.length);
}
