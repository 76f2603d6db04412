/**
 * Does a file found in a folder look like an assessment? `spbe lint` lints
 * only those among the JSON files a folder or glob reaches (a file named on
 * the command line is linted whatever it holds), and the language server only
 * those among open documents. Asked once, of the bytes read for linting
 * (cli/lint-file.ts), of the root object's own members in the first 64 KiB:
 * they sit at the top of every assessment (docs/assessment-format.md).
 *
 * An assessment is recognised by any one of its root members: an
 * "indicators" object; a "$schema" naming our assessment schema; or a
 * "framework" naming SPBE or Pemdi ("spbe-2020", or a slip of it; or one not
 * yet written or not a name at all, as in a file being typed) in a file
 * that is not `spbe score`'s own JSON output (which has "regulation" and
 * "indexBasis" beside its "framework"). Not by "framework" alone: a file whose
 * key is mistyped ("framwork") is exactly the file that must be linted, and
 * skipping it left `spbe lint .` silent with exit 0; and not by a member deeper
 * down (`spbe compare`'s output names frameworks inside "last" and "current";
 * a web project's config has its own "framework").
 * @module cli/assessment-sniff
 */

const HEAD_BYTES = 64 * 1024;
const OUR_SCHEMA_FILE = 'assessment.schema.json';
/** Root members only `spbe score --format json` writes beside "framework". */
const SCORE_OUTPUT = new Set(['regulation', 'indexBasis', 'nextSteps']);
/** What /\s/ matches among latin1 characters: tab, LF, VT, FF, CR, space, no-break space. */
const isSpace = (b: number): boolean => (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0;

/** The index after the JSON string starting at `i` (a quote), or -1 when it does not end before n. */
function stringEnd(view: Buffer, n: number, i: number): number {
  for (let j = i + 1; j < n; j++) {
    const b = view[j]!;
    if (b === 0x5c /* \ */) j++;
    else if (b === 0x22 /* " */) return j + 1;
  }
  return -1;
}

/** The index after the value starting at `i`, or -1 when it does not end before n. */
function valueEnd(view: Buffer, n: number, i: number): number {
  const c = view[i];
  if (c === 0x22) return stringEnd(view, n, i);
  if (c !== 0x7b /* { */ && c !== 0x5b /* [ */) {
    while (i < n && view[i] !== 0x2c /* , */ && view[i] !== 0x7d /* } */ && view[i] !== 0x5d /* ] */ && !isSpace(view[i]!)) i++;
    return i < n ? i : -1;
  }
  let depth = 0;
  for (let j = i; j < n; j++) {
    const b = view[j]!;
    if (b === 0x22) { j = stringEnd(view, n, j) - 1; if (j < 0) return -1; } else if (b === 0x7b || b === 0x5b) depth++;
    else if ((b === 0x7d || b === 0x5d) && --depth === 0) return j + 1;
  }
  return -1;
}

/** Past white space and comments (.jsonc files may have them anywhere, a .json file by mistake: the linter says so). */
function skipSpace(view: Buffer, n: number, i: number): number {
  for (;;) {
    while (i < n && isSpace(view[i]!)) i++;
    if (view[i] !== 0x2f /* / */) return i;
    if (view[i + 1] === 0x2f) { const eol = view.indexOf(0x0a, i); i = eol < 0 || eol >= n ? n : eol + 1; } else if (view[i + 1] === 0x2a /* * */) {
      const close = view.indexOf('*/', i + 2, 'latin1');
      i = close < 0 || close >= n ? n : close + 2;
    } else return i;
  }
}

/**
 * Whether the root object in the first n bytes of `buf`, read as latin1 and
 * scanned member by member (no string of the whole), has the members that
 * make it an assessment (see the module's comment). The scan stops at the
 * first member that decides, before descending into "indicators".
 */
export function headLooksLikeAssessment(buf: Buffer, n: number): boolean {
  let view = n === buf.length ? buf : buf.subarray(0, n);
  // UTF-16 files interleave NUL bytes: without them the members read as in UTF-8.
  if (view.includes(0)) view = Buffer.from(view.toString('latin1').split('\0').join(''), 'latin1');
  n = view.length;
  let i = skipSpace(view, n, view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf ? 3 : view[0] === 0xff && view[1] === 0xfe ? 2 : 0);
  if (view[i] !== 0x7b) return false;
  let framework = false;
  i = skipSpace(view, n, i + 1);
  while (i < n && view[i] === 0x22) {
    const keyEnd = stringEnd(view, n, i);
    if (keyEnd < 0) break;
    const key = view.toString('latin1', i + 1, keyEnd - 1);
    i = skipSpace(view, n, keyEnd);
    if (view[i] !== 0x3a /* : */) break;
    const at = skipSpace(view, n, i + 1);
    if (key === 'indicators' && view[at] === 0x7b) return true;
    if (SCORE_OUTPUT.has(key)) return false;
    const end = valueEnd(view, n, at);
    // A framework not yet written or not a name ({"framework": 2020) is an assessment in the making; a name must be ours.
    if (key === 'framework' && (end < 0 || view[at] !== 0x22 || /spbe|pemdi/i.test(view.toString('latin1', at + 1, end - 1)))) framework = true;
    if (end < 0) break;
    if (key === '$schema' && view[at] === 0x22 && view.toString('latin1', at + 1, end - 1).endsWith(OUR_SCHEMA_FILE)) return true;
    i = skipSpace(view, n, end);
    if (view[i] !== 0x2c /* , */) break;
    i = skipSpace(view, n, i + 1);
  }
  return framework;
}

/** Whether a file's first 64 KiB look like an assessment (headLooksLikeAssessment), given the file's bytes. */
export function bytesLookLikeAssessment(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES));
  return headLooksLikeAssessment(buf, buf.length);
}
