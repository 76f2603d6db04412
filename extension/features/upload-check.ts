/**
 * Checks a file as soon as the user picks it in an upload input on an
 * indicator page, before anything is uploaded: the File is read here, on the
 * user's computer, and judged by the background's checker with the same core
 * checks as `spbe lint` (extension/evidence/), for the item (eval.spbe.go.id)
 * or indicator (tauval.spbe.go.id) the input belongs to. The result, worded
 * by the checker, shows beside the input in the inline checks' look; the
 * input itself is never changed. As little code as will do: this runs in the
 * content script (bench/: its 60 kB budget).
 * @module extension/features/upload-check
 */
import { browser } from 'wxt/browser';
import { mountHost } from '../content/mount.ts';
import { CHECK_UPLOAD, type CheckUpload, type UploadCheckResult } from '../evidence/protocol.ts';
import { isIndicatorPage, type Feature } from './feature.ts';

/**
 * The blob as base64 (extension messages are JSON in Chrome), read by this
 * script's own FileReader: in Firefox a page File's arrayBuffer() belongs to
 * the page's compartment, which the content script may not look into. Above
 * PDF_LIMITS.maxBytes (64 MiB, core/evidence/inspection.ts) only the first
 * bytes are sent: enough to tell what the file is.
 */
const base64 = (f: File) => new Promise<string>((resolve) => {
  const r = new FileReader();
  r.onloadend = () => resolve(String(r.result).replace(/^[^,]*,/, ''));
  r.readAsDataURL(f.size > 64 * 1024 * 1024 ? f.slice(0, 1024) : f);
});

export const uploadCheck: Feature = {
  id: 'upload-check',
  include: isIndicatorPage,
  init({ state, signal }) {
    document.addEventListener('change', async ({ target: input }) => {
      const page = state.page;
      if (!(input instanceof HTMLInputElement) || !input.files?.length || !isIndicatorPage(page)) return;
      if (input.nextElementSibling?.localName === 'spbe-lens-upload') input.nextElementSibling.remove();
      const { host, root } = mountHost('spbe-lens-upload', (h) => input.after(h), signal);
      root.textContent = state.t('uploadChecking');
      const m: CheckUpload = {
        t: CHECK_UPLOAD, locale: state.locale,
        files: await Promise.all(Array.from(input.files).slice(0, 5).map(async (f) => ({ name: f.name, size: f.size, data: await base64(f) }))),
        subject: { framework: page.context.framework, indicator: page.indicator, item: page.kind === 'eval-indicator' ? page.items.find((i) => i.row.contains(input))?.code ?? null : null, agency: page.context.agency },
      };
      const r = (await browser.runtime.sendMessage(m).catch(() => null)) as UploadCheckResult | null;
      if (signal.aborted || !r) return;
      host.dataset.state = r.lines.length ? 'problems' : 'ok';
      root.className = r.lines.length ? 'checks' : 'checks ok';
      root.replaceChildren(...r.lines.map((l) => Object.assign(document.createElement('p'), { className: l.severity, textContent: l.text, title: l.rule })));
      if (!r.lines.length) root.textContent = r.ok;
    }, { capture: true, signal });
  },
};
