// The extension needs a background entrypoint so that it has an id (popup and
// standalone pages are opened as chrome-extension://<id>/…). It does nothing else:
// SPBE Lens makes no network requests and keeps all state in the content script
// and extension storage.
export default defineBackground(() => {});
