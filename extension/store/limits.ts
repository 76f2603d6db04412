/**
 * Size limits of what the extension stores.
 * @module extension/store/limits
 */

/**
 * The largest scope the extension stores in one item. Chrome gives an
 * extension 10 MiB of local storage in all (chrome.storage.local.QUOTA_BYTES
 * without the unlimitedStorage permission, which the extension does not ask
 * for); a real assessment with explanations and file lists is well under 1 MB.
 */
export const MAX_SCOPE_BYTES = 8 * 1024 * 1024;
