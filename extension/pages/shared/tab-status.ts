/**
 * Ask the active tab's content script what it sees (extension/content/run.ts).
 * No 'tabs' permission is needed: tabs.query still gives the id, and
 * tabs.sendMessage only reaches our own content script, which runs on the two
 * portals alone. Any tab without it rejects ("Receiving end does not exist").
 * @module extension/pages/shared/tab-status
 */
import { browser } from 'wxt/browser';
import type { TabStatus } from '../../content/run.ts';

/**
 * The content script's message type. Kept equal to STATUS_MESSAGE in
 * extension/content/run.ts (pinned by popup.test.tsx); importing that module
 * would pull the whole content script into the popup bundle.
 */
export const STATUS_MESSAGE = 'spbe-lens:status';

/** The active tab's id and status; status null when the tab has no SPBE Lens content script (not a portal page). */
export async function activeTabStatus(): Promise<{ tabId: number | undefined; status: TabStatus | null }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id;
  if (tabId === undefined) return { tabId, status: null };
  try {
    const status = (await browser.tabs.sendMessage(tabId, { type: STATUS_MESSAGE })) as TabStatus | undefined;
    return { tabId, status: status && typeof status === 'object' && typeof status.recognised === 'boolean' ? status : null };
  } catch {
    return { tabId, status: null };
  }
}
