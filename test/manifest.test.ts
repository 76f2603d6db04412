// The permissions users grant, read from the manifests the builds ship: the
// storage, the side panel (Chrome; Firefox's sidebar needs no permission),
// offscreen (Chrome: the check before upload reads a picked PDF with pdf.js in an
// offscreen document, as a service worker cannot; extension/evidence/host.ts) and
// the two portals, nothing else. `npm test` builds both targets first; a
// missing build fails here with the command to run.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PORTALS = ['https://tauval.spbe.go.id/*', 'https://eval.spbe.go.id/*'];

function manifest(target: string, how: string) {
  const file = join(ROOT, '.output', target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no build in .output/${target}: run \`${how}\` first (npm test builds it before vitest)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('manifest permissions', () => {
  it('chrome-mv3: storage, sidePanel (the side panel) and offscreen (the check before upload), the two portals, and the side panel page', () => {
    const m = manifest('chrome-mv3', 'npx wxt build');
    expect([...m.permissions].sort()).toEqual(['offscreen', 'sidePanel', 'storage']);
    expect([...m.host_permissions].sort()).toEqual([...PORTALS].sort());
    expect(m.optional_permissions).toBeUndefined();
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...PORTALS].sort());
  });

  it('firefox-mv2: storage and the two portals; the sidebar and the check before upload (a frame of the background page) need no permission', () => {
    const m = manifest('firefox-mv2', 'npx wxt build -b firefox');
    expect([...m.permissions].sort()).toEqual(['storage', ...PORTALS].sort());
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
  });

  it('the checker page is the extension\'s own, not reachable from the portals', () => {
    for (const [t, how] of [['chrome-mv3', 'npx wxt build'], ['firefox-mv2', 'npx wxt build -b firefox']]) {
      expect(existsSync(join(ROOT, '.output', t!, 'evidence-check.html'))).toBe(true);
      expect(manifest(t!, how!).web_accessible_resources).toBeUndefined();
    }
  });
});
