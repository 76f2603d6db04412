/**
 * The server's settings, from three places in order of precedence: what the
 * client sends (initializationOptions, then workspace/didChangeConfiguration
 * under "spbe"), the `spbe lsp` command line, and the client's own locale.
 * Rule severities are not settings: they come from spbe.config.json alone, so
 * the editor and `spbe lint` in CI always agree.
 * @module cli/lsp/settings
 */
import type { Locale } from '../../core/types.ts';

export interface ServerSettings {
  locale: Locale;
  /** `--config FILE`: use this config only (relative to the workspace folder). */
  configFile?: string;
  /** `--baseline FILE`: hide the problems recorded there (relative to the workspace folder). */
  baseline?: string;
}

/** What the client may send, as the VS Code extension's "spbe.*" settings name it. */
export interface ClientSettings {
  locale?: unknown;
  configFile?: unknown;
  baseline?: unknown;
}

export interface CommandLineSettings {
  locale?: Locale;
  configFile?: string;
  baseline?: string;
}

const isLocale = (x: unknown): x is Locale => x === 'id' || x === 'en';
const nonEmpty = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

/**
 * Indonesian unless told otherwise: an explicit setting, then `--locale`, then
 * a client that speaks English (its locale "en", "en-US", ...).
 */
export function resolveSettings(client: ClientSettings | undefined, cli: CommandLineSettings, clientLocale: string | undefined): ServerSettings {
  const locale = isLocale(client?.locale) ? client.locale : cli.locale ?? (/^en\b/i.test(clientLocale ?? '') ? 'en' : 'id');
  const configFile = nonEmpty(client?.configFile) ?? cli.configFile;
  const baseline = nonEmpty(client?.baseline) ?? cli.baseline;
  return { locale, ...(configFile ? { configFile } : {}), ...(baseline ? { baseline } : {}) };
}
