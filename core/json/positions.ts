/**
 * Offsets to 0-based line/character, by binary search over line starts.
 * jsonc-parser gives offsets only. Lines end at \n, \r\n or \r, as in VS Code's
 * TextDocument; characters are UTF-16 code units, as editors count them.
 * @module core/json/positions
 */
import type { Position, Range } from '../lint/diagnostic.ts';

/** Line starts of a text whose lines end at \n only: the engine's indexOf finds those faster than a loop. */
function lineStartsLf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineStartsAnyEnding(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * The positions of many offsets at once, for a text whose lines end at \n
 * only: one sweep over its line breaks up to the last offset, in offset
 * order, instead of a table of every line start (a file's findings are
 * placed together: lint.ts). The same answers as LineIndex.positionAt.
 */
export function positionsInLfText(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const out: Position[] = new Array(offsets.length);
  let line = 0;
  let lineStart = 0;
  let lineBreak = text.indexOf('\n');
  for (const i of order) {
    const o = Math.max(0, Math.min(offsets[i]!, text.length));
    while (lineBreak >= 0 && lineBreak < o) {
      line++;
      lineStart = lineBreak + 1;
      lineBreak = text.indexOf('\n', lineStart);
    }
    out[i] = { line, character: o - lineStart };
  }
  return out;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = text.includes('\r') ? lineStartsAnyEnding(text) : lineStartsLf(text);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  range(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + Math.max(length, 0)) };
  }
}
