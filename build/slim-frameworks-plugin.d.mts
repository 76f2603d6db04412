import type { Plugin } from 'vite';
export function slimFramework(fw: unknown): unknown;
export function slimFrameworks(): Plugin;
export function itemContent(root: string): Plugin;
