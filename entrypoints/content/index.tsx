// Content script on the two evaluation portals only (the manifest's matches).
// All work happens in extension/content/run.ts; navigation within the portal
// (single-page apps) aborts and restarts it.
import { runContent } from '../../extension/content/run.ts';
import { answerPageSample } from '../../extension/portal/page-sample.ts';

export default defineContentScript({
  matches: ['https://tauval.spbe.go.id/*', 'https://eval.spbe.go.id/*'],
  runAt: 'document_idle',
  main(ctx) {
    let run = new AbortController();
    ctx.onInvalidated(() => run.abort());
    answerPageSample(ctx.signal);
    runContent(run.signal);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      run.abort();
      run = new AbortController();
      runContent(run.signal);
    });
  },
});
