// picomatch ships no types; the glob test uses it as the reference matcher.
declare module 'picomatch' {
  function picomatch(glob: string, options?: { dot?: boolean }): (path: string) => boolean;
  export default picomatch;
}
