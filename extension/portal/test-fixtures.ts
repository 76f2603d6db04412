/**
 * Test helper: the replica portal pages (test/fixtures/portal, see its README)
 * as Documents at their real URLs. Node only; used by the *.test.ts files here.
 * @module extension/portal/test-fixtures
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { PageKind } from './types.ts';
import { join, relative, resolve, sep } from 'node:path';

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../test/fixtures/portal');

/** Replicas imported from page samples (scripts/import-sample.mjs): URL → the page kind a maintainer says it is ('none': not recognised). */
export function samples(root = FIXTURE_ROOT): Record<string, { kind: PageKind | 'none' }> {
  const file = join(root, 'samples.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** The URL a fixture file answers (README "URL → file map"). */
function urlOf(file: string): URL {
  const [host, ...rest] = relative(FIXTURE_ROOT, file).split(sep);
  const path = rest.slice(0, -1).join('/');
  return new URL(`https://${host}/${path}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : n === 'index.html' ? [p] : [];
  });
}

/** Every replica page, as its URL string, in a stable order. */
export function allPageUrls(): string[] {
  return ['tauval.spbe.go.id', 'eval.spbe.go.id'].flatMap((h) => walk(join(FIXTURE_ROOT, h))).map((f) => urlOf(f).href).sort();
}

/** The fixture file's HTML for a portal URL. */
export function htmlOf(url: string | URL): string {
  const u = new URL(url);
  const rel = u.pathname === '/' ? 'index.html' : `${u.pathname.replace(/^\/|\/$/g, '')}/index.html`;
  return readFileSync(join(FIXTURE_ROOT, u.host, rel), 'utf8');
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The replica page for `url` as a Document, optionally changed by `edit` first. */
export function loadPage(url: string, edit?: (doc: Document) => void): { doc: Document; url: URL } {
  const doc = parse(htmlOf(url));
  edit?.(doc);
  return { doc, url: new URL(url) };
}

/**
 * Cosmetic change: no class, id, name or style attributes, and extra wrapper
 * divs around tables, headings and cell contents. `keepIds` keeps the ids
 * that tabs and accordions need to work at all (a heading names its panel by id).
 */
export function cosmetic(doc: Document, { keepIds = false } = {}): void {
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const a of ['class', 'id', 'name', 'style']) if (!(keepIds && a === 'id')) el.removeAttribute(a);
  }
  const wrap = (el: Element) => {
    const div = doc.createElement('div');
    el.replaceWith(div);
    div.append(el);
  };
  for (const el of Array.from(doc.body.querySelectorAll('table, h1, h2, h3, h4, h5, button, dl, textarea'))) wrap(el);
  for (const cell of Array.from(doc.body.querySelectorAll('td, th'))) {
    const outer = doc.createElement('div');
    const inner = doc.createElement('div');
    inner.append(...Array.from(cell.childNodes));
    outer.append(inner);
    cell.append(outer);
  }
}
