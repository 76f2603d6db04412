/**
 * On a portal page the extension does not recognise, a notice at the top of
 * the page, in its flow (it pushes the page down, it covers nothing): that
 * SPBE Lens shows nothing here, where the reason is said (the popup, which
 * also saves a page sample), and what to do. Dismissed, it does not
 * come back for pages of that kind (the same host and path, numbers aside),
 * on any tab. Escape dismisses it too.
 * @module extension/content/notice
 */
import { render } from 'preact';
import type { OverlayKey, OverlayText } from '../i18n/overlay.ts';
import { translate } from '../i18n/format.ts';
import type { Settings } from '../store/settings.ts';
import type { Link } from '../live/client.ts';
import { mountHost } from './mount.ts';

/** The kind of page a dismissal applies to: host and path with every number as {n}. */
export function noticeKey(url: URL): string {
  return `${url.hostname}${url.pathname.replace(/\d+/g, '{n}').replace(/\/$/, '')}`;
}


export function showNotice(text: OverlayText, settings: Settings, link: Link, signal: AbortSignal): void {
  const key = noticeKey(new URL(location.href));
  if (settings.dismissed.includes(key)) return;
  const ctl = new AbortController();
  signal.addEventListener('abort', () => ctl.abort(), { once: true });
  const { host, root } = mountHost('spbe-lens-notice', (h) => document.body.prepend(h), ctl.signal);
  const t = (k: OverlayKey) => translate(text, settings.locale, k);
  const dismiss = () => {
    ctl.abort();
    void link.request({ t: 'settings', patch: { dismissed: [...settings.dismissed, key] } }).catch(() => undefined);
  };
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', 'SPBE Lens');
  render(
    <div class="notice" onKeyDown={(e) => { if (e.key === 'Escape') dismiss(); }}>
      <b>{t('noticeTitle')}</b>
      <p>{t('noticeWhy')} {t('noticeWhat')}</p>
      <button type="button" onClick={dismiss}>{t('dismiss')}</button>
    </div>,
    root,
  );
}
