/**
 * Seeded randomness for the Monte Carlo analysis: the same seed gives the same numbers in Node
 * and in the browser (32-bit integer arithmetic only; no Math.random).
 * - Generator: sfc32, Chris Doty-Humphrey's "small fast counting" generator from PractRand
 *   (passes PractRand and TestU01 BigCrush; 128-bit state, period ≥ 2^32 per seed thanks to its
 *   counter). The 128-bit state is filled from the seed by splitmix32 (Steele, Lea & Flood 2014).
 * - Normal deviates: Marsaglia's polar method (Marsaglia & Bray 1964), both deviates used.
 * - Gamma deviates: Marsaglia & Tsang (2000), "A simple method for generating gamma variables",
 *   ACM TOMS 26(3), with their α < 1 boost Gamma(α) = Gamma(α + 1)·U^(1/α), in log space so that
 *   tiny shape parameters cannot underflow to 0.
 * - Dirichlet(α): independent Gamma(α_i, 1) draws divided by their sum (e.g. Devroye 1986, XI.4).
 * Only +, −, ×, ÷, sqrt and the portable log/exp are used: bit-identical on every JS engine.
 */
import { portableExp, portableLog } from "./portableMath";

const TWO_POW_32 = 4294967296;

function splitmix32(state: number): [next: number, value: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

export class SeededRandom {
  // State in a typed array: int32 values beyond V8's small-integer range would otherwise be
  // boxed on every store, and the Monte Carlo loop draws millions of numbers.
  private readonly state = new Int32Array(4);
  private spare = 0;
  private hasSpare = false;

  /** Any finite number; integers 0 … 2^53 map to distinct streams for practical purposes. */
  constructor(seed: number) {
    const safe = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    let mix = (safe >>> 0) ^ Math.imul(Math.floor(safe / TWO_POW_32) >>> 0, 0x27d4eb2d);
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitmix32(mix);
      mix = next;
      this.state[i] = value;
    }
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const s = this.state;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform on the open interval (0, 1): never 0, so log(u) is always finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /** Standard normal deviate (polar method). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1);
    const factor = Math.sqrt((-2 * portableLog(s)) / s);
    this.spare = v * factor;
    this.hasSpare = true;
    return u * factor;
  }

  /** A Gamma(shape, 1) deviate for shape ≥ 1 (Marsaglia & Tsang 2000). */
  gamma(shape: number): number {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      // The squeeze accepts ~98 % of draws without a logarithm.
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (portableLog(u) < 0.5 * x2 + d * (1 - v + portableLog(v))) return d * v;
    }
  }

  /** log of a Gamma(shape, 1) deviate, any shape > 0. */
  logGamma(shape: number): number {
    if (shape >= 1) return portableLog(this.gamma(shape));
    return portableLog(this.gamma(shape + 1)) + portableLog(this.uniform()) / shape;
  }

  /**
   * Dirichlet(alpha) deviate into `out` (sums to 1); alpha_i = 0 gives weight 0. `scratch` has
   * the same length as alpha, so the draw allocates nothing. Gammas are drawn directly; a shape
   * below 1 uses the boost G(α)·… = G(α + 1)·U^(1/α), whose factor e^(ln U / α) can underflow
   * for tiny α, in which case the whole draw is redone in log space from the same deviates.
   */
  dirichlet(alpha: Float64Array, out: Float64Array, scratch: Float64Array): void {
    const k = alpha.length;
    let sum = 0;
    let underflow = false;
    for (let i = 0; i < k; i++) {
      const shape = alpha[i]!;
      if (!(shape > 0)) {
        out[i] = 0;
        scratch[i] = -Infinity;
        continue;
      }
      let x: number;
      if (shape >= 1) {
        x = this.gamma(shape);
        scratch[i] = Infinity; // log not needed unless another component underflows
      } else {
        const boost = portableLog(this.uniform()) / shape;
        x = this.gamma(shape + 1);
        scratch[i] = portableLog(x) + boost;
        if (boost < -700) underflow = true;
        else x *= portableExp(boost);
      }
      out[i] = x;
      sum += x;
    }
    if (underflow) {
      let top = -Infinity;
      for (let i = 0; i < k; i++) {
        if (scratch[i] === Infinity) scratch[i] = portableLog(out[i]!);
        if (scratch[i]! > top) top = scratch[i]!;
      }
      sum = 0;
      for (let i = 0; i < k; i++) {
        const x = scratch[i] === -Infinity ? 0 : portableExp(scratch[i]! - top);
        out[i] = x;
        sum += x;
      }
    }
    for (let i = 0; i < k; i++) out[i] = out[i]! / sum;
  }
}
