/**
 * The shared summary's styles (extension/ui/summary.css.ts) on an extension
 * page. A <style> element with text content: no innerHTML, and extension-page
 * CSP does not restrict styles.
 * @module extension/pages/shared/summary-style
 */
import { summaryCss } from '../../ui/summary.css.ts';

export function SummaryStyle() {
  return <style>{summaryCss}</style>;
}
