// The background owns what the extension stores: every portal tab reads its
// page and computes what it draws; the background files the readings, keeps
// the tabs' unsaved choices, runs the lint rules for the indicator on a page,
// and tells the other tabs of a scope what changed (extension/background/).
// Keeping the rules, both frameworks, the overlay's text and the
// stored-record validator here keeps the script injected into every portal
// page small (bench/: content-script budget). No network requests: all state
// is in extension storage.
import { browser } from 'wxt/browser';
import { createHost, listenerOf } from '../../extension/background/host.ts';
import { serveUploadChecks } from '../../extension/evidence/host.ts';

export default defineBackground(() => {
  const host = createHost((tab, m) => browser.tabs.sendMessage(tab, m));
  browser.runtime.onMessage.addListener(listenerOf(host));
  // A tab's unsaved choices go with its page: closed, or navigating elsewhere.
  browser.tabs.onRemoved.addListener((tab) => void host.tabs.forget(tab));
  browser.tabs.onUpdated.addListener((tab, change) => { if (change.status === 'loading') void host.tabs.forget(tab); });
  // A file picked in a portal's upload input, checked before it is uploaded (extension/evidence/).
  serveUploadChecks();
});
