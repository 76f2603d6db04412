// The permissions users grant, read from the manifests the builds ship: the
// storage, the side panel (Chrome; Firefox's sidebar needs no permission) and
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
  it('chrome-mv3: storage and sidePanel (the side panel), the two portals, and the side panel page', () => {
    const m = manifest('chrome-mv3', 'npx wxt build');
    expect([...m.permissions].sort()).toEqual(['sidePanel', 'storage']);
    expect([...m.host_permissions].sort()).toEqual([...PORTALS].sort());
    expect(m.optional_permissions).toBeUndefined();
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...PORTALS].sort());
  });

  it('firefox-mv2: storage and the two portals; the sidebar needs no permission', () => {
    const m = manifest('firefox-mv2', 'npx wxt build -b firefox');
    expect([...m.permissions].sort()).toEqual(['storage', ...PORTALS].sort());
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
  });
});
