// The repository stands alone: no file in it reads or cites a path outside it
// (the research notes the project started from live beside the checkout, not in
// it; a clone elsewhere has none of them). The facts belong in docs/reference/.
// The patterns and samples are written so that this file does not match them
// itself (`S` stands for the folder's name).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Always outside: the notes' folders, by name or by absolute path. */
const OUTSIDE = /shared\/(?:reference|docs)\b|\/work\/shared\b/g;
/** Outside only where it climbs out of the repository (extension/pages/shared/ is ours). */
const CLIMB = /(?:\.\.\/)+shared\b/g;

/** What in `text` (the content of the tracked file `file`, a /-separated path) points outside the repository. */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(OUTSIDE)) found.push(`${file}:${i + 1}: ${m[0]}`);
    for (const m of line.matchAll(CLIMB)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[0]));
      if (target.startsWith('../')) found.push(`${file}:${i + 1}: ${m[0]}`);
    }
  });
  return found;
}

const SKIP = new Set(['.git', 'node_modules', '.output', '.wxt', 'dist', 'coverage', 'test-results']);

/** The tracked files; outside a git checkout, every file but the ignored build output. */
function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0').filter(Boolean);
  } catch {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) { if (!SKIP.has(e.name) && relative(root, path) !== join('bench', 'out')) walk(path); }
        else if (e.isFile()) out.push(relative(root, path).split('\\').join('/'));
      }
    };
    walk(root);
    return out;
  }
}

describe('the repository stands alone', () => {
  it('flags paths outside the repository, and not its own shared folders', () => {
    const S = 'shared';
    expect(outsideReferences('README.md', `dibuat dari \`../${S}/reference\``)).toEqual([`README.md:1: ${S}/reference`, `README.md:1: ../${S}`]);
    expect(outsideReferences('core/frameworks/index.ts', ` * generated from\n * ${S}/reference by a script`)).toEqual([
      `core/frameworks/index.ts:2: ${S}/reference`,
    ]);
    expect(outsideReferences('docs/a.md', `see /work/${S}/docs/style.md`)).toEqual([`docs/a.md:1: /work/${S}`]);
    expect(outsideReferences('extension/pages/popup/popup.tsx', `import { useLocale } from '../${S}/use-locale.ts';`)).toEqual([]);
    expect(outsideReferences('extension/a.ts', `import x from '../../../${S}/x.ts';`)).toEqual([`extension/a.ts:1: ../../../${S}`]);
    expect(outsideReferences('docs/reference/README.md', 'docs/reference/portals.md A4')).toEqual([]);
  });

  it('has no tracked file that reads or cites a path outside it', () => {
    const files = trackedFiles();
    expect(files).toContain('README.md');
    const found: string[] = [];
    for (const file of files) {
      if (!existsSync(join(root, file))) continue; // deleted in the work tree, not yet committed
      const bytes = readFileSync(join(root, file));
      if (bytes.includes(0)) continue; // images and other binaries
      found.push(...outsideReferences(file, bytes.toString('utf8')));
    }
    expect(found).toEqual([]);
  });
});
