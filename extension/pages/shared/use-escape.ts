/**
 * Escape closes an inline confirmation, wherever the focus is on the page.
 * @module extension/pages/shared/use-escape
 */
import { useLayoutEffect } from 'preact/hooks';

export function useEscape(active: boolean, close: () => void): void {
  useLayoutEffect(() => {
    if (!active) return undefined;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
