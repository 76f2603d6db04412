/**
 * The background's side of the pre-upload check: a tab's request is handed
 * to the checker page (entrypoints/evidence-check/), where pdf.js runs, and its
 * answer returned. Chrome's background is a service worker, which cannot hold
 * pdf.js's document work, so the page is an offscreen document there
 * (permission `offscreen`, no host permission); Firefox's background is a
 * page, which holds the checker page in a frame. Either is made when a file
 * is first picked and let go after a minute without one, so pdf.js costs
 * nothing until a user picks a file.
 * @module extension/evidence/host
 */
import { browser } from 'wxt/browser';
import { overlayMessages, translate } from '../i18n/overlay.ts';
import { CHECK_UPLOAD, RUN_UPLOAD_CHECK, type CheckUpload, type RunUploadCheck, type UploadCheckResult } from './protocol.ts';

const PAGE = '/evidence-check.html';
const IDLE_MS = 60_000;
const TIMEOUT_MS = 15_000;

interface Offscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
const offscreen = (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;

let ready: Promise<void> | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let frame: HTMLIFrameElement | null = null;

function open(): Promise<void> {
  if (offscreen) {
    return (async () => {
      if (await offscreen.hasDocument?.()) return;
      await offscreen.createDocument({
        url: browser.runtime.getURL(PAGE), reasons: ['BLOBS'],
        justification: 'Reads the file the user picked for upload, on this computer, to check it before it is uploaded.',
      });
    })();
  }
  return new Promise<void>((resolve, reject) => {
    frame = document.createElement('iframe');
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('checker page did not load')), { once: true });
    frame.src = browser.runtime.getURL(PAGE);
    document.body.append(frame);
  });
}

function close(): void {
  ready = null;
  if (offscreen) void offscreen.closeDocument().catch(() => undefined);
  else { frame?.remove(); frame = null; }
}

/** Every file of the request as not checked (the checker did not answer). */
const failed = (m: CheckUpload): UploadCheckResult => ({
  ok: '', lines: m.files.map((f) => ({ severity: 'error', text: `${f.name}: ${translate(overlayMessages, m.locale, 'uploadFailed')}`, rule: '' })),
});

async function ask(m: CheckUpload): Promise<UploadCheckResult> {
  ready ??= open().catch((e: unknown) => { ready = null; throw e; });
  await ready;
  const forwarded: RunUploadCheck = { ...m, t: RUN_UPLOAD_CHECK };
  // Firefox: the frame's own function (a message from the background page would not reach its frame reliably).
  const direct = (frame?.contentWindow as { spbeLensCheck?: (r: RunUploadCheck) => Promise<UploadCheckResult> } | null | undefined)?.spbeLensCheck;
  return (await (direct ? direct(forwarded) : (browser.runtime.sendMessage(forwarded) as Promise<UploadCheckResult>))) ?? failed(m);
}

async function run(m: CheckUpload): Promise<UploadCheckResult> {
  clearTimeout(idle);
  const timeout = new Promise<UploadCheckResult>((resolve) => setTimeout(() => resolve(failed(m)), TIMEOUT_MS));
  try {
    return await Promise.race([ask(m), timeout]);
  } finally {
    idle = setTimeout(close, IDLE_MS);
  }
}

/** Answers the portal tabs' pre-upload checks (extension/features/upload-check.ts). */
export function serveUploadChecks(): void {
  browser.runtime.onMessage.addListener((m: unknown, sender: { id?: string }, sendResponse: (r: UploadCheckResult) => void) => {
    if ((m as { t?: string } | null)?.t !== CHECK_UPLOAD || sender.id !== browser.runtime.id) return undefined;
    run(m as CheckUpload).then(sendResponse, () => sendResponse(failed(m as CheckUpload)));
    return true;
  });
}
