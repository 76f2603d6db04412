// The checker page (unlisted): Chrome opens it as an offscreen document,
// Firefox's background page holds it in a frame (extension/evidence/host.ts).
// It answers the pre-upload checks with pdf.js, loaded on the first PDF.
import { browser } from 'wxt/browser';
import { checkUpload } from '../../extension/evidence/checker.ts';
import { RUN_UPLOAD_CHECK, type RunUploadCheck, type UploadCheckResult } from '../../extension/evidence/protocol.ts';

const answer = (m: RunUploadCheck): Promise<UploadCheckResult> => checkUpload(m);

browser.runtime.onMessage.addListener((m: unknown, _sender: unknown, sendResponse: (r: UploadCheckResult) => void) => {
  if ((m as { t?: string } | null)?.t !== RUN_UPLOAD_CHECK) return undefined;
  void answer(m as RunUploadCheck).then(sendResponse);
  return true;
});
(window as unknown as { spbeLensCheck: typeof answer }).spbeLensCheck = answer;
