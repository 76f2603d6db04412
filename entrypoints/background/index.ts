// The background computes for the portal tabs: each content script reads its
// page and sends the reading over a port; the background merges it with what
// is remembered, computes the index, the checks and last year's comparison,
// and sends the view back (extension/live/). Keeping the engine, the rules and
// the framework data here keeps the script injected into every portal page
// small (bench/: content-script budget). No network requests: all state is in
// extension storage.
import { serveLiveSessions } from '../../extension/live/host.ts';
import { serveUploadChecks } from '../../extension/evidence/host.ts';

export default defineBackground(() => {
  serveLiveSessions();
  serveUploadChecks();
});
