/**
 * Small readers over evidence entries shared by several rules: file names,
 * extensions, per-level support and the lists shown in messages.
 * @module core/lint/rules/internal/evidence
 */
import type { Evidence } from '../../../types.ts';

/** The pointer of an entry's i-th evidence; rules build it only for what they report. */
export const evidencePointer = (entryPointer: string, i: number): string => `${entryPointer}/evidence/${i}`;

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The index of the dot before a trimmed name's extension, or -1 when it has
 * none. An extension is a last dot-segment of 1-5 letters or digits, so the
 * dotted SPBE names ("12.a.Perwal") do not read as having one. (Where
 * /\.([a-z0-9]{1,5})$/i matches, scanned by hand and without copies: it runs
 * on every file name.)
 */
export function extensionStart(name: string): number {
  const dot = name.lastIndexOf('.');
  const length = name.length - dot - 1;
  if (dot < 0 || length < 1 || length > 5) return -1;
  for (let i = dot + 1; i < name.length; i++) if (!isAsciiLetterOrDigit(name.charCodeAt(i))) return -1;
  return dot;
}

/** The lower-cased extension without the dot, or '' when the name has none (see extensionStart). */
export function extensionOf(fileName: string): string {
  const name = fileName.trim();
  const dot = extensionStart(name);
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The name without its extension. */
export function baseNameOf(fileName: string): string {
  const name = fileName.trim();
  const ext = extensionOf(name);
  return ext ? name.slice(0, -(ext.length + 1)) : name;
}

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg']);

export const isImageFile = (fileName: string | undefined): boolean => !!fileName && IMAGE_EXTENSIONS.has(extensionOf(fileName));

/**
 * Whether spbe-2020 evidence supports a level: its `levels` lists it. Evidence
 * without `levels` says nothing about which criteria it meets.
 */
export const supportsLevel = (e: Evidence, level: number): boolean => e.levels?.includes(level) ?? false;
