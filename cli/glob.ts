/**
 * Glob matching for `spbe lint` arguments and config `ignores`, on forward-
 * slash paths: `*`, `?`, `[...]` (with `!`/`^` and ranges), `{a,b}` (nested),
 * `\` escapes and `**` as a whole segment for any number of folders. Dotfiles
 * match like any other name (picomatch's `dot: true`, as ESLint's ignores).
 *
 * Why not picomatch's regular expressions: they backtrack, and a pattern such
 * as `*a*a*a*a*a*a*b.json` took minutes on one long name. Here a pattern is
 * matched the way shells match wildcards, remembering only the last star (at
 * the character level within a name, and at the folder level for `**`), so
 * the work is at most pattern length × path length, whatever the pattern.
 * cli/glob.test.ts holds this to picomatch's answers on generated patterns.
 * @module cli/glob
 */

/** Characters that make an argument a glob (when no file of that name exists). */
export function isGlob(p: string): boolean {
  return /[*?{[]/.test(p);
}

/** More alternatives than any real pattern writes: `{a,b}{c,d}…` multiplies. */
const MAX_ALTERNATIVES = 1024;

export class GlobError extends Error {}

/** One character of a name: a literal, any character, or a class. */
type Char = string | { any: true } | { cls: (c: string) => boolean };
type Segment = { globstar: true } | { chars: (Char | 'star')[] };

/** `{a,b}` expanded to every alternative, nested braces included; unmatched braces are literal. */
function expandBraces(glob: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') { if (depth++ === 0) { open = i; commas.length = 0; } }
    else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && depth > 0 && --depth === 0) {
      if (commas.length === 0) continue; // "{x}" is literal, as in picomatch
      const head = glob.slice(0, open);
      const tails = expandBraces(glob.slice(i + 1));
      const parts = [open, ...commas].map((from, k) => glob.slice(from + 1, k < commas.length ? commas[k] : i));
      const out: string[] = [];
      for (const part of parts) {
        for (const inner of expandBraces(part)) {
          for (const tail of tails) {
            out.push(head + inner + tail);
            if (out.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives`);
          }
        }
      }
      return out;
    }
  }
  return [glob];
}

/** A `[...]` class starting at `glob[at]`: its test and the index after `]`, or null when unclosed. */
function parseClass(glob: string, at: number): { cls: (c: string) => boolean; end: number } | null {
  let i = at + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  const first = i;
  for (; i < glob.length; i++) {
    let c = glob[i]!;
    if (c === ']' && i > first) break;
    if (c === '\\' && i + 1 < glob.length) c = glob[++i]!;
    if (glob[i + 1] === '-' && i + 2 < glob.length && glob[i + 2] !== ']') {
      let to = glob[i + 2]!;
      i += 2;
      if (to === '\\' && i + 1 < glob.length) to = glob[++i]!;
      if (to < c) throw new GlobError(`range out of order in [${glob.slice(at + 1, glob.indexOf(']', i) + 1 || undefined)}`);
      ranges.push([c, to]);
    } else ranges.push([c, c]);
  }
  if (i >= glob.length) return null;
  const cls = (c: string) => c !== '/' && ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negated;
  return { cls, end: i + 1 };
}

function parseSegment(seg: string): Segment {
  if (seg === '**') return { globstar: true };
  const chars: (Char | 'star')[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') { if (chars[chars.length - 1] !== 'star') chars.push('star'); }
    else if (c === '?') chars.push({ any: true });
    else if (c === '\\' && i + 1 < seg.length) chars.push(seg[++i]!);
    else if (c === '[') {
      const k = parseClass(seg, i);
      if (k) { chars.push({ cls: k.cls }); i = k.end - 1; } else chars.push('[');
    } else chars.push(c);
  }
  return { chars };
}

function charMatches(p: Char, c: string): boolean {
  if (typeof p === 'string') return p === c;
  return 'any' in p ? true : p.cls(c);
}

/** One name against one segment's characters: wildcard matching that backs up only to the last star. */
function nameMatches(chars: readonly (Char | 'star')[], name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const pc = chars[p];
    if (pc === 'star') { star = p++; resume = n; }
    else if (pc !== undefined && charMatches(pc, name[n]!)) { p++; n++; }
    else if (star >= 0) { p = star + 1; n = ++resume; }
    else return false;
  }
  while (chars[p] === 'star') p++;
  return p === chars.length;
}

/** Path names against segments: the same algorithm one level up, `**` being the star. */
function pathMatches(segments: readonly Segment[], names: readonly string[]): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < names.length) {
    const s = segments[p];
    if (s && 'globstar' in s) { star = p++; resume = n; }
    else if (s && nameMatches(s.chars, names[n]!)) { p++; n++; }
    else if (star >= 0) { p = star + 1; n = ++resume; }
    else return false;
  }
  while (segments[p] && 'globstar' in segments[p]!) p++;
  return p === segments.length;
}

/**
 * A matcher for a glob, for paths relative to where the glob is rooted, with
 * "/" separators and no "./" in front. Throws GlobError for a malformed glob
 * (a range out of order, too many alternatives).
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const alternatives = expandBraces(glob.replace(/^\.\//, '')).map((g) => g.split('/').map(parseSegment));
  return (path) => {
    const names = path.split('/');
    return alternatives.some((segments) => pathMatches(segments, names));
  };
}

/** The folder part of a glob before its first wildcard ("data/2025/*.json" → "data/2025", "*.json" → "."). */
export function globBase(glob: string): string {
  const base: string[] = [];
  for (const p of glob.split('/')) {
    if (isGlob(p)) break;
    base.push(p);
  }
  return base.join('/') || (glob.startsWith('/') ? '/' : '.');
}
