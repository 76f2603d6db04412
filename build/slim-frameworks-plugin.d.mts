import type { Plugin } from 'vite';
export function slimFramework(fw: unknown): unknown;
export function slimFrameworks(): Plugin;
