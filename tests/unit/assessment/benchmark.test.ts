import { describe, expect, it } from "vitest";
import { BENCHMARK_MIN_PEERS, benchmark, percentileRank, quantile, type BenchmarkEntry } from "../../../assessment";

function group(values: (number | null)[]): BenchmarkEntry[] {
  return values.map((value, i) => ({ organisationId: `peer-${i + 1}`, value }));
}

describe("quantile (linear interpolation, as Excel QUARTILE.INC)", () => {
  it("matches QUARTILE.INC on 1..8: Q1 2.75, median 4.5, Q3 6.25", () => {
    const values = [8, 1, 7, 2, 6, 3, 5, 4];
    expect(quantile(values, 0.25)).toBeCloseTo(2.75, 10);
    expect(quantile(values, 0.5)).toBeCloseTo(4.5, 10);
    expect(quantile(values, 0.75)).toBeCloseTo(6.25, 10);
  });

  it("matches QUARTILE.INC on five values", () => {
    const values = [1, 2, 3, 4, 10];
    expect(quantile(values, 0.25)).toBe(2);
    expect(quantile(values, 0.5)).toBe(3);
    expect(quantile(values, 0.75)).toBe(4);
  });

  it("matches QUARTILE.INC on six values: Q1 of 1.5, 2, 2.5, 3.1, 4, 4.5 is 2.125", () => {
    const values = [1.5, 2, 2.5, 3.1, 4, 4.5];
    expect(quantile(values, 0.25)).toBeCloseTo(2.125, 10);
    expect(quantile(values, 0.5)).toBeCloseTo(2.8, 10);
    expect(quantile(values, 0.75)).toBeCloseTo(3.775, 10);
  });

  it("gives the minimum and maximum at 0 and 1", () => {
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
  });

  it("refuses no values or p outside 0..1", () => {
    expect(() => quantile([], 0.5)).toThrow();
    expect(() => quantile([1], 1.5)).toThrow();
  });
});

describe("percentile rank", () => {
  it("is 0 below every peer, 100 above every peer", () => {
    expect(percentileRank(0.5, [1, 2, 3, 4, 5])).toBe(0);
    expect(percentileRank(6, [1, 2, 3, 4, 5])).toBe(100);
  });

  it("counts ties as half", () => {
    // 2 below, 1 equal, out of 5 → (2 + 0.5) / 5 = 50
    expect(percentileRank(3, [1, 2, 3, 4, 5])).toBe(50);
    // all equal → 50
    expect(percentileRank(2, [2, 2, 2, 2, 2])).toBe(50);
  });

  it("rounds to a whole number", () => {
    // 1 below of 6 → 16.67 → 17
    expect(percentileRank(1.5, [1, 2, 3, 4, 5, 6])).toBe(17);
  });
});

describe("benchmark", () => {
  const subject = { organisationId: "me", value: 3 };

  it(`needs at least ${BENCHMARK_MIN_PEERS} other organisations`, () => {
    expect(BENCHMARK_MIN_PEERS).toBe(5);
  });

  it("is suppressed with 4 peers, and returns no figures", () => {
    const result = benchmark(subject, group([1, 2, 4, 5]));
    expect(result.suppressed).toBe(true);
    expect(result.peerCount).toBe(4);
    expect(result).not.toHaveProperty("median");
    expect(result).not.toHaveProperty("percentileRank");
    if (result.suppressed) expect(result.reason).toContain("at least 5 other organisations");
  });

  it("is shown with exactly 5 peers", () => {
    const result = benchmark(subject, group([1, 2, 4, 5, 6]));
    expect(result.suppressed).toBe(false);
    if (!result.suppressed) {
      expect(result.peerCount).toBe(5);
      expect(result.median).toBe(4);
      expect(result.lowerQuartile).toBe(2);
      expect(result.upperQuartile).toBe(5);
      expect(result.min).toBe(1);
      expect(result.max).toBe(6);
      expect(result.percentileRank).toBe(40);
    }
  });

  it("does not count the subject as its own peer", () => {
    const withSelf = [...group([1, 2, 4, 5]), { organisationId: "me", value: 3 }];
    expect(benchmark(subject, withSelf).suppressed).toBe(true);
  });

  it("does not count peers without a score", () => {
    expect(benchmark(subject, group([1, 2, 4, 5, null])).suppressed).toBe(true);
    expect(benchmark(subject, group([1, 2, 4, 5, Number.NaN])).suppressed).toBe(true);
  });

  it("counts each organisation once, so repeated rows cannot lift a group over the threshold", () => {
    const repeated = [...group([1, 2, 4, 5]), { organisationId: "peer-1", value: 1 }];
    expect(benchmark(subject, repeated).suppressed).toBe(true);
  });

  it("leaves the subject out of the statistics", () => {
    const result = benchmark({ organisationId: "me", value: 100 }, [...group([1, 2, 3, 4, 5]), { organisationId: "me", value: 100 }]);
    expect(!result.suppressed && result.max).toBe(5);
  });

  it("gives no percentile rank when the subject has no score, but still shows the group", () => {
    const result = benchmark({ organisationId: "me", value: null }, group([1, 2, 3, 4, 5]));
    expect(result.suppressed).toBe(false);
    expect(!result.suppressed && result.percentileRank).toBeNull();
  });
});
