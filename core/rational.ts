/**
 * Exact rational arithmetic on BigInt, so that the index is computed the way the
 * regulation writes it: in decimals. Binary floating point cannot move a
 * predicate: 2.6 stays 26/10 however the weights are summed, and the band check
 * "2,6 – < 3,5" (PermenPANRB 59/2020 Tabel 13) compares exact fractions.
 * @module core/rational
 */

export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational: zero denominator');
    if (den < 0n) { num = -num; den = -den; }
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? new Rational(num / g, den / g) : new Rational(num, den);
  }

  static int(n: number): Rational {
    return Rational.of(BigInt(n));
  }

  /**
   * The decimal a number was written as. `Number` keeps the shortest decimal that
   * round-trips (2.6 prints as "2.6"), so this recovers the value the file or the
   * regulation wrote, not the nearest binary fraction.
   */
  static fromNumber(x: number): Rational {
    if (!Number.isFinite(x)) throw new RangeError(`Rational: not finite: ${x}`);
    if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return Rational.of(BigInt(x));
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(x));
    if (!m) throw new RangeError(`Rational: cannot read ${x}`);
    const [, sign, int, frac = '', exp = '0'] = m;
    let num = BigInt(int + frac);
    let den = 10n ** BigInt(frac.length);
    const e = Number(exp);
    if (e > 0) num *= 10n ** BigInt(e);
    else if (e < 0) den *= 10n ** BigInt(-e);
    return Rational.of(sign ? -num : num, den);
  }

  /** The inverse of toString(): "13/5" or "3". Null for anything else. */
  static parse(text: string): Rational | null {
    if (text.length > 2000) return null;
    const m = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
    if (!m || m[2] === '0' || /^0+$/.test(m[2] ?? '1')) return null;
    return Rational.of(BigInt(m[1]!), BigInt(m[2] ?? '1'));
  }

  add(o: Rational): Rational { return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den); }
  sub(o: Rational): Rational { return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den); }
  mul(o: Rational): Rational { return Rational.of(this.num * o.num, this.den * o.den); }
  div(o: Rational): Rational { return Rational.of(this.num * o.den, this.den * o.num); }

  cmp(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  lt(o: Rational): boolean { return this.cmp(o) < 0; }
  lte(o: Rational): boolean { return this.cmp(o) <= 0; }
  gte(o: Rational): boolean { return this.cmp(o) >= 0; }
  gt(o: Rational): boolean { return this.cmp(o) > 0; }
  eq(o: Rational): boolean { return this.cmp(o) === 0; }
  isZero(): boolean { return this.num === 0n; }

  /** The nearest double: what JSON output and the UI receive. */
  toNumber(): number {
    if (this.den === 1n) return Number(this.num);
    // 25 significant digits as a decimal string, which Number() rounds correctly.
    const neg = this.num < 0n;
    const n = neg ? -this.num : this.num;
    const k = Math.max(0, this.den.toString().length - n.toString().length + 25);
    const x = Number(`${(n * 10n ** BigInt(k)) / this.den}e-${k}`);
    return neg ? -x : x;
  }

  toString(): string {
    return this.den === 1n ? `${this.num}` : `${this.num}/${this.den}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/**
 * A decimal written as text: "2.5900000000" (Tauval API) or, with `comma`,
 * the Indonesian "2,59". Null when it is not a plain decimal. (A function, not
 * a method: what reads imported results need not ride in every bundle.)
 */
export function parseDecimal(text: string, { comma = false } = {}): Rational | null {
  const t = text.trim();
  const m = (comma ? /^(-?)(\d{1,15})(?:,(\d{1,20}))?$/ : /^(-?)(\d{1,15})(?:\.(\d{1,20}))?$/).exec(t);
  if (!m) return null;
  const [, sign, int, frac = ''] = m;
  const num = BigInt(int! + frac);
  return Rational.of(sign ? -num : num, 10n ** BigInt(frac.length));
}

export const ZERO = Rational.int(0);
export const HUNDRED = Rational.int(100);

export function sum(xs: Iterable<Rational>): Rational {
  let s = ZERO;
  for (const x of xs) s = s.add(x);
  return s;
}
