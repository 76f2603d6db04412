import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDecimal, Rational } from './rational.ts';

describe('Rational', () => {
  it('reads numbers as the decimals they were written as', () => {
    expect(Rational.fromNumber(2.6).toString()).toBe('13/5');
    expect(Rational.fromNumber(0.1).add(Rational.fromNumber(0.2)).eq(Rational.fromNumber(0.3))).toBe(true);
    expect(Rational.fromNumber(1e-7).toString()).toBe('1/10000000');
    expect(Rational.fromNumber(-2.75).toString()).toBe('-11/4');
  });
  it('refuses non-finite numbers', () => {
    expect(() => Rational.fromNumber(Infinity)).toThrow(RangeError);
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
  });
  it('round-trips doubles through toNumber', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => Rational.fromNumber(x).toNumber() === x));
  });
  it('orders like the numbers it came from', () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), (a, b) => Rational.int(a).cmp(Rational.int(b)) === Math.sign(a - b)));
  });
});

describe('parseDecimal', () => {
  it('reads API decimals and Indonesian decimals exactly', () => {
    expect(parseDecimal('2.5900000000')!.toString()).toBe('259/100');
    expect(parseDecimal('2,59', { comma: true })!.toString()).toBe('259/100');
    expect(parseDecimal('3')!.toString()).toBe('3');
  });
  it('refuses anything else', () => {
    for (const t of ['2,59', '2.5.9', 'abc', '', '1e3', '2.']) expect(parseDecimal(t)).toBeNull();
    expect(parseDecimal('2.59', { comma: true })).toBeNull();
  });
});

describe('Rational.parse', () => {
  it('round-trips toString', () => {
    fc.assert(fc.property(fc.bigInt(), fc.bigInt({ min: 1n }), (n, d) => Rational.parse(Rational.of(n, d).toString())!.eq(Rational.of(n, d))));
    expect(Rational.parse('1/0')).toBeNull();
    expect(Rational.parse('x')).toBeNull();
  });
});
