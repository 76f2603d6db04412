/**
 * What reads as the name of an uploaded file: a name with one of the
 * extensions evidence comes in (portals.md A4: .pdf, .jpg, .png, .xlsx, .mp4,
 * .flv in official examples; office, image, video and archive formats
 * besides). A host name such as eval.spbe.go.id is not one. Shared by the
 * portal adapter (an uploaded file is a sign of an item row) and the page
 * sanitizer (file names are replaced), so both agree on what a file name is.
 * @module core/page-sample/file-names
 */
/** The extensions, as a regular expression's source (one alternation). */
export const DOCUMENT_EXTENSIONS = 'pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|jpe?g|png|gif|bmp|webp|tiff?|heic|mp[34]|flv|mov|avi|mkv|webm|wav|zip|rar|7z';

/** A whole string that is a file name (spaces allowed, no path separators). */
export const DOCUMENT_FILE_RE = new RegExp(`^[^\\\\/:*?"<>|\\r\\n]{1,240}\\.(?:${DOCUMENT_EXTENSIONS})$`, 'i');

export const isDocumentFileName = (s: string): boolean => DOCUMENT_FILE_RE.test(s);
