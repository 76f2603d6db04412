// The Pemdi items' content terms by local item code, served to the extension's
// checker page by build/slim-frameworks-plugin.mjs (the rest of the extension
// carries the framework without them).
declare module 'virtual:item-content' {
  import type { ItemContent } from './types.ts';
  const itemContent: Record<string, ItemContent>;
  export default itemContent;
}
