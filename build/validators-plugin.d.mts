import type { Plugin } from 'vite';
export function validators(root: string): Plugin;
