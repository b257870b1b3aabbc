import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ahpWeights, MAX_AHP_CRITERIA, randomIndex, ScoringInputError, ScoringLimitError } from "@/lib/scoring";

describe("AHP", () => {
  // Saaty (1980)'s classic 3 × 3 example: weights ≈ 0.637, 0.258, 0.105, λmax ≈ 3.039,
  // CR ≈ 0.033 (CI 0.0193 / RI 0.58).
  const saaty = [
    [1, 3, 5],
    [1 / 3, 1, 3],
    [1 / 5, 1 / 3, 1],
  ];

  test("reproduces Saaty's 3 × 3 example (eigenvector)", () => {
    const result = ahpWeights(saaty);
    expect(result.weights[0]).toBeCloseTo(0.637, 3);
    expect(result.weights[1]).toBeCloseTo(0.258, 3);
    expect(result.weights[2]).toBeCloseTo(0.105, 3);
    expect(result.lambdaMax).toBeCloseTo(3.039, 3);
    expect(result.ci).toBeCloseTo(0.0193, 4);
    expect(result.cr).toBeCloseTo(0.033, 3);
    expect(result.consistent).toBe(true);
    expect(result.worstPair).toBeNull();
    expect(result.method).toBe("eigenvector");
    expect(result.randomIndex).toBe("Saaty 1980");
    expect(result.randomIndexValue).toBe(0.58);
  });

  test("accepts reciprocals written with ten decimals", () => {
    const result = ahpWeights([
      [1, 3, 5],
      [0.3333333333, 1, 3],
      [0.2, 0.3333333333, 1],
    ]);
    expect(result.weights[0]).toBeCloseTo(0.637, 3);
  });

  // Expected values computed independently with NumPy (numpy.linalg.eig; row products ** (1/4)).
  const fourByFour = [
    [1, 2, 4, 8],
    [1 / 2, 1, 3, 5],
    [1 / 4, 1 / 3, 1, 2],
    [1 / 8, 1 / 5, 1 / 2, 1],
  ];

  test("eigenvector and row geometric mean on a 4 × 4 matrix", () => {
    const eigen = ahpWeights(fourByFour);
    [0.51842294, 0.30354711, 0.11700677, 0.06102318].forEach((w, i) => expect(eigen.weights[i]).toBeCloseTo(w, 7));
    expect(eigen.lambdaMax).toBeCloseTo(4.015504571, 8);
    expect(eigen.cr).toBeCloseTo(0.005742434, 8);
    const geometric = ahpWeights(fourByFour, { method: "geometric" });
    expect(geometric.method).toBe("geometric");
    [0.51834822, 0.30327872, 0.11709512, 0.06127794].forEach((w, i) => expect(geometric.weights[i]).toBeCloseTo(w, 7));
    // Consistency stays Saaty's, on the principal eigenvalue.
    expect(geometric.cr).toBeCloseTo(eigen.cr, 12);
  });

  // A consistent matrix from weights (8, 4, 2, 1) with one judgement reversed: a₀₃ = 1/8
  // instead of 8. NumPy: λmax = 6.7346, CR = 1.0128; |ln ε| is largest for (0, 3), and the
  // consistent value there is w₀/w₃ = 0.65967.
  test("reports the judgement that most worsens consistency when CR > 0.1", () => {
    const w = [8, 4, 2, 1];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    matrix[0]![3] = 1 / 8;
    matrix[3]![0] = 8;
    const result = ahpWeights(matrix);
    expect(result.lambdaMax).toBeCloseTo(6.734647602, 8);
    expect(result.cr).toBeCloseTo(1.012832445, 8);
    expect(result.consistent).toBe(false);
    expect(result.worstPair).toEqual([0, 3]);
    expect(result.suggestedValue).toBeCloseTo(0.6596746724, 8);
  });

  test("n = 1 and n = 2 are always consistent (RI = 0, CR = 0)", () => {
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], ci: 0, cr: 0, consistent: true, lambdaMax: 1 });
    const two = ahpWeights([
      [1, 4],
      [1 / 4, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.8, 12);
    expect(two.cr).toBe(0);
  });

  test("Saaty's random index table, n = 1…15", () => {
    const table = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
    table.forEach((ri, i) => expect(randomIndex(i + 1)).toBe(ri));
    expect(randomIndex(16)).toBeUndefined();
  });

  test("a perfectly consistent matrix gives CR ≈ 0 and its exact weights (both methods)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: MAX_AHP_CRITERIA }),
        (raw) => {
          const total = raw.reduce((s, v) => s + v, 0);
          const matrix = raw.map((wi) => raw.map((wj) => wi / wj));
          for (const method of ["eigenvector", "geometric"] as const) {
            const result = ahpWeights(matrix, { method });
            expect(result.cr).toBeLessThan(1e-9);
            expect(result.consistent).toBe(true);
            result.weights.forEach((w, i) => expect(w).toBeCloseTo(raw[i]! / total, 9));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a non-reciprocal matrix is an error naming the cell", () => {
    let error: unknown;
    try {
      ahpWeights([
        [1, 3, 5],
        [1 / 3, 1, 3],
        [0.3, 1 / 3, 1],
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScoringInputError);
    expect((error as ScoringInputError).message).toMatch(
      /^matrix\[2\]\[0\] = 0.3 is not the reciprocal of matrix\[0\]\[2\] = 5/,
    );
    expect((error as ScoringInputError).path).toEqual(["matrix", 2, 0]);
  });

  test.each([
    [
      "a non-positive entry",
      [
        [1, 0],
        [1, 1],
      ],
      ["matrix", 0, 1],
      /must be a positive number/,
    ],
    [
      "a negative entry",
      [
        [1, -2],
        [-0.5, 1],
      ],
      ["matrix", 0, 1],
      /must be a positive number/,
    ],
    [
      "a non-square matrix",
      [
        [1, 2, 3],
        [0.5, 1],
      ],
      ["matrix", 0],
      /needs 2/,
    ],
    [
      "a diagonal entry other than 1",
      [
        [2, 1],
        [1, 1],
      ],
      ["matrix", 0, 0],
      /must be 1/,
    ],
    ["an empty matrix", [], ["matrix"], /at least one row/],
  ])("rejects %s", (_, matrix, path, message) => {
    expect(() => ahpWeights(matrix)).toThrow(message);
    try {
      ahpWeights(matrix);
    } catch (e) {
      expect((e as ScoringInputError).path).toEqual(path);
    }
  });

  test("more than 15 elements is a limit error", () => {
    const matrix = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    expect(() => ahpWeights(matrix)).toThrow(ScoringLimitError);
  });
});
