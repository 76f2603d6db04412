import type { Plugin } from 'vite';
export function validators(root: string, only?: string[]): Plugin;
