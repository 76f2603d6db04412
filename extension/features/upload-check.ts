/**
 * Checks a file as soon as the user picks it in an upload input on an
 * indicator page, before anything is uploaded: the File is read here, on the
 * user's computer, and judged by the background's checker with the same core
 * checks as `spbe lint` (extension/evidence/), for the item (eval.spbe.go.id)
 * or indicator (tauval.spbe.go.id) the input belongs to. The result shows
 * beside the input; the input itself is never changed. Plain DOM, no
 * component: this runs in the content script (bench/: its budget).
 * @module extension/features/upload-check
 */
import { browser } from 'wxt/browser';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import { CHECK_UPLOAD, type CheckUpload, type UploadCheckResult } from '../evidence/protocol.ts';
import { isIndicatorPage, type Feature } from './feature.ts';

/** As PDF_LIMITS.maxBytes (core/evidence/inspection.ts): a larger file sends its first bytes only. */
const MAX_BYTES = 64 * 1024 * 1024;

/** The blob as base64 (extension messages are JSON in Chrome), read by this script's own FileReader: in Firefox a page File's arrayBuffer() belongs to the page's compartment, which the content script may not look into. */
const base64 = (blob: Blob) => new Promise<string>((resolve, reject) => {
  const r = new FileReader();
  r.onload = () => resolve(String(r.result).slice(String(r.result).indexOf(',') + 1));
  r.onerror = () => reject(r.error);
  r.readAsDataURL(blob);
});

async function check(input: HTMLInputElement, state: LiveState, signal: AbortSignal): Promise<void> {
  const page = state.page;
  if (!isIndicatorPage(page)) return;
  const item = page.kind === 'eval-indicator' ? page.items.find((i) => i.row.contains(input))?.code ?? null : null;
  const old = input.nextElementSibling;
  if (old?.localName === 'spbe-lens-upload') old.remove();
  // The overlay's inline-checks look (extension/ui/overlay.css): amber with findings, green without.
  const { host, root } = mountHost('spbe-lens-upload', (h) => input.after(h), signal, 'p{margin:2px 0}');
  const show = (html: string, problem: boolean) => { root.innerHTML = `<div class="checks${problem ? '' : ' ok'}">${html}</div>`; };
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  show(state.t('uploadChecking'), false);
  const lines: string[] = [];
  for (const file of Array.from(input.files ?? []).slice(0, 5)) {
    let r: UploadCheckResult;
    try {
      const m: CheckUpload = {
        t: CHECK_UPLOAD, name: file.name, size: file.size, data: await base64(file.size > MAX_BYTES ? file.slice(0, 1024) : file),
        subject: { framework: page.context.framework, indicator: page.indicator, item, agency: page.context.agency },
      };
      r = await browser.runtime.sendMessage(m);
    } catch (e) {
      r = { ok: false, reason: String(e) };
    }
    if (signal.aborted) return;
    if (!r?.ok) lines.push(`<p class="error">${esc(file.name)}: ${esc(state.t('uploadFailed'))}</p>`);
    else for (const f of r.findings) lines.push(`<p class="${f.severity}" data-rule="${f.ruleId}">${esc(f.message[state.locale])}</p>`);
  }
  host.setAttribute('data-state', lines.length ? 'problems' : 'ok');
  show(lines.length ? lines.join('') : esc(state.t('uploadOk')), lines.length > 0);
}

export const uploadCheck: Feature = {
  id: 'upload-check',
  include: isIndicatorPage,
  init({ state, signal }) {
    document.addEventListener('change', (e) => {
      const input = e.target;
      if (input instanceof HTMLInputElement && input.type === 'file' && input.files?.length) void check(input, state, signal);
    }, { capture: true, signal });
  },
};
