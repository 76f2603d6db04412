/**
 * Why a page was not recognised, as data: a code and what it names. The
 * content script only decides; the words are said where a person reads them
 * (./reason-messages.ts, in the popup, the side panel and the page sample),
 * so the page's script carries no sentences (its 60 kB budget,
 * test/budget.test.ts). The code is the page sample's key (docs/page-sample.md).
 * @module extension/portal/reasons
 */

export type ReasonCode =
  | 'notRead' | 'unknownHost' | 'tableMissing' | 'columnsMissing' | 'noLevelRows' | 'assessorView'
  | 'titleMissing' | 'notListEither' | 'levelsMissing' | 'itemWithoutLevel';

/** A reason and what it names (a host, table headers, a count, an item code, the reason a list was not found either). */
export interface Reason {
  code: ReasonCode;
  args: (string | number | readonly string[] | Reason)[];
}

const of = (code: ReasonCode) => (...args: Reason['args']): Reason => ({ code, args });

export const reasons = {
  /** Before the page is read. */
  notRead: of('notRead') as () => Reason,
  unknownHost: of('unknownHost') as (host: string) => Reason,
  tableMissing: of('tableMissing') as (headers: readonly string[]) => Reason,
  columnsMissing: of('columnsMissing') as (found: readonly string[], missing: readonly string[]) => Reason,
  noLevelRows: of('noLevelRows') as (headers: readonly string[]) => Reason,
  assessorView: of('assessorView') as () => Reason,
  titleMissing: of('titleMissing') as (max: number) => Reason,
  notListEither: of('notListEither') as (base: Reason, listHeaders: readonly string[]) => Reason,
  levelsMissing: of('levelsMissing') as () => Reason,
  itemWithoutLevel: of('itemWithoutLevel') as (code: string) => Reason,
};
