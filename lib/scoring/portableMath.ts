/**
 * log and exp built from +, −, ×, ÷ and bit manipulation only, which IEEE 754 rounds the same
 * way on every engine. ECMAScript leaves Math.log/exp/sin/cos "implementation-approximated": V8
 * and SpiderMonkey ship fdlibm ports but JavaScriptCore uses the platform libm, so a seeded Monte
 * Carlo run could drift in the last bits between Node and Safari. These keep it bit-identical.
 * Accuracy is a few ulps, far below anything the analyses resolve.
 */

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
// Index of the word holding sign, exponent and the top of the mantissa.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

// Cody & Waite (1980) split of ln 2: LN2_HI has trailing zero bits so k·LN2_HI is exact.
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634;

// 1/(2k+1) for the atanh series and 1/k! for the exponential series, computed with exactly
// rounded divisions, hence identical everywhere. Both are evaluated by Horner's rule, unrolled.
const a = Float64Array.from({ length: 12 }, (_, k) => 1 / (2 * k + 1));
const f = new Float64Array(15);
f[0] = 1;
for (let k = 1; k < f.length; k++) f[k] = f[k - 1]! / k;
const [A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11] = a;
const [F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14] = f;

/** Natural logarithm for finite x > 0 (−Infinity for 0). */
export function portableLog(x: number): number {
  if (x === 0) return -Infinity;
  float[0] = x;
  let exponent = (words[HIGH]! >>> 20) & 0x7ff;
  if (exponent === 0) {
    // Subnormal: scale into the normal range first.
    float[0] = x * 18014398509481984; // 2^54
    exponent = ((words[HIGH]! >>> 20) & 0x7ff) - 54;
  }
  exponent -= 1023;
  words[HIGH] = (words[HIGH]! & 0x000fffff) | 0x3ff00000;
  let mantissa = float[0]!;
  if (mantissa > Math.SQRT2) {
    mantissa *= 0.5;
    exponent += 1;
  }
  // log m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …), s = (m − 1)/(m + 1), |s| ≤ 0.172.
  const s = (mantissa - 1) / (mantissa + 1);
  const z = s * s;
  // prettier-ignore
  const series = A0! + z * (A1! + z * (A2! + z * (A3! + z * (A4! + z * (A5! + z * (A6! + z * (A7! + z * (A8! + z * (A9! + z * (A10! + z * A11!))))))))));
  return exponent * LN2_HI + (exponent * LN2_LO + 2 * s * series);
}

function powerOfTwo(k: number): number {
  words[HIGH] = (k + 1023) << 20;
  words[LOW] = 0;
  return float[0]!;
}

/** e^x for finite x. */
export function portableExp(x: number): number {
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series of e^r, |r| ≤ ln2/2 (+ rounding): the 14th-order remainder is below 1e-17.
  // prettier-ignore
  const series = F0! + r * (F1! + r * (F2! + r * (F3! + r * (F4! + r * (F5! + r * (F6! + r * (F7! + r * (F8! + r * (F9! + r * (F10! + r * (F11! + r * (F12! + r * (F13! + r * F14!)))))))))))));
  if (k > 1023) return series * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return series * powerOfTwo(k + 600) * powerOfTwo(-600);
  return series * powerOfTwo(k);
}
