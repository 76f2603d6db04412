// Content script on the two evaluation portals. Placeholder until the features
// land: mounts the panel host so the extension's presence can be tested.
export default defineContentScript({
  matches: ['https://tauval.spbe.go.id/*', 'https://eval.spbe.go.id/*'],
  runAt: 'document_idle',
  main() {
    const host = document.createElement('spbe-lens-panel');
    host.attachShadow({ mode: 'open' }).textContent = 'SPBE Lens';
    document.body.append(host);
  },
});
