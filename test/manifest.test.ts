// The permissions the built extension asks for, as users see them at install:
// storage and the two portals, plus `offscreen` in Chrome only, which the
// pre-upload check needs to read a picked PDF with pdf.js outside the service
// worker (extension/evidence/host.ts; README, "Ekstensi peramban"). No other
// permission, no other host. Reads .output/ (npm test builds both targets).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PORTALS = ['https://tauval.spbe.go.id/*', 'https://eval.spbe.go.id/*'];
const manifest = (target: string) => {
  const file = join(ROOT, '.output', target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no build in .output/${target}: run npx wxt build${target.startsWith('firefox') ? ' -b firefox' : ''} first`);
  return JSON.parse(readFileSync(file, 'utf8')) as { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[]; web_accessible_resources?: unknown };
};

describe('manifest permissions', () => {
  it('chrome-mv3: storage and offscreen; the two portals as hosts; nothing optional', () => {
    const m = manifest('chrome-mv3');
    expect([...(m.permissions ?? [])].sort()).toEqual(['offscreen', 'storage']);
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...PORTALS].sort());
    expect(m.optional_permissions).toBeUndefined();
  });
  it('firefox-mv2: storage and the two portals (the background page holds the checker page itself)', () => {
    const m = manifest('firefox-mv2');
    expect([...(m.permissions ?? [])].sort()).toEqual(['storage', ...PORTALS].sort());
    expect(m.optional_permissions).toBeUndefined();
  });
  it('the checker page is the extension\'s own, not reachable from the portals', () => {
    for (const t of ['chrome-mv3', 'firefox-mv2']) {
      expect(existsSync(join(ROOT, '.output', t, 'evidence-check.html'))).toBe(true);
      expect(manifest(t).web_accessible_resources).toBeUndefined();
    }
  });
});
