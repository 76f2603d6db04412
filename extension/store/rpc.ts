/**
 * What the extension pages and the background share about store calls: the
 * message type, the answer shape, and the error a refused write carries.
 * @module extension/store/rpc
 */
export const STORE_MESSAGE = 'spbe-lens:store';

/** Why a write was refused (too large for one scope, or over the browser's quota; limit null: the room left is not known); nothing was changed. */
export class StoreError extends Error {
  constructor(readonly code: 'tooLarge' | 'quota', readonly bytes: number, readonly limit: number | null, cause?: unknown) {
    super(`${code}: ${bytes} bytes, limit ${limit}`, { cause });
  }
}

export type StoreAnswer =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: StoreError['code']; bytes: number; limit: number | null } | { message: string } };
