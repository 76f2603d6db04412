// Where the evidence cache lives: the user's cache folder, per platform.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cacheRoot } from './cache.ts';

describe('cacheRoot', () => {
  const home = '/home/tim';
  it('SPBE_CACHE_DIR first, then XDG_CACHE_HOME (absolute only), then ~/.cache', () => {
    expect(cacheRoot({ SPBE_CACHE_DIR: '/tmp/c', XDG_CACHE_HOME: '/x' }, 'linux', home)).toBe('/tmp/c');
    expect(cacheRoot({ XDG_CACHE_HOME: '/x' }, 'linux', home)).toBe(join('/x', 'spbe-lens'));
    expect(cacheRoot({ XDG_CACHE_HOME: 'relatif' }, 'linux', home)).toBe(join(home, '.cache', 'spbe-lens'));
    expect(cacheRoot({}, 'linux', home)).toBe(join(home, '.cache', 'spbe-lens'));
  });
  it('macOS and Windows use their own cache folders', () => {
    expect(cacheRoot({}, 'darwin', home)).toBe(join(home, 'Library', 'Caches', 'spbe-lens'));
    expect(cacheRoot({ LOCALAPPDATA: 'C:\\Users\\tim\\AppData\\Local' }, 'win32', home)).toBe(join('C:\\Users\\tim\\AppData\\Local', 'spbe-lens', 'Cache'));
  });
});
