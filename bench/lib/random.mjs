// The benches' seeded random numbers (the corpus, the evidence folder): the
// same bytes for the same seed on every machine.

/** mulberry32: tiny, fast, good enough for test data, and the same on every Node. */
export function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
