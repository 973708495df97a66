import { describe, expect, it } from "vitest";
import {
  BENCHMARK_MIN_DIFFERENCE,
  BENCHMARK_MIN_PEERS,
  BENCHMARK_MIN_PEERS_FOR_QUARTILES,
  disclosableGroups,
  peerFigures,
  type PeerGroup,
} from "../../../assessment";

/** Providers p1…pn with the given values, and the subject "me". */
function pool(values: (number | null)[]): Map<string, number | null> {
  return new Map([["me", 3], ...values.map((v, i) => [`p${i + 1}`, v] as [string, number | null])]);
}
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `p${from + i}`);
const group = (key: string, filters: number, members: string[]): PeerGroup => ({ key, filters, members: new Set(["me", ...members]) });
const me = { organisationId: "me", value: 3 };

describe("what a benchmark figure may show", () => {
  it("uses the thresholds of NHS practice: 5 other providers for any figure, 8 for the median and quartiles", () => {
    expect(BENCHMARK_MIN_PEERS).toBe(5);
    expect(BENCHMARK_MIN_PEERS_FOR_QUARTILES).toBe(8);
    expect(BENCHMARK_MIN_DIFFERENCE).toBe(5);
  });

  it("shows nothing at all for a group of 4 other providers: too few to compare", () => {
    const figures = peerFigures(me, [group("all", 0, ids(1, 4))], pool([1, 2, 4, 5]));
    expect(figures.get("all")).toEqual({ shown: false, reason: "too-few" });
  });

  it("shows the percentile rank, but not the median or quartiles, for a group of 5 other providers", () => {
    const figures = peerFigures(me, [group("all", 0, ids(1, 5))], pool([1, 2, 4, 5, 6]));
    expect(figures.get("all")).toEqual({ shown: true, peerCount: 5, subjectValue: 3, percentileRank: 40, quartiles: null });
  });

  it("shows the median and quartiles from 8 other providers, not from 7", () => {
    const seven = peerFigures(me, [group("all", 0, ids(1, 7))], pool([1, 2, 3, 4, 5, 5, 5]));
    expect(seven.get("all")).toMatchObject({ shown: true, peerCount: 7, quartiles: null });
    const eight = peerFigures(me, [group("all", 0, ids(1, 8))], pool([8, 1, 7, 2, 6, 3, 5, 4]));
    // 3 against 1…8: 2 below and 1 equal of 8 → (2 + 0.5) / 8 = 31.
    expect(eight.get("all")).toMatchObject({ shown: true, peerCount: 8, percentileRank: 31, quartiles: { lower: 2.75, median: 4.5, upper: 6.25 } });
  });

  it("never gives the lowest or highest value, each of which is one provider's answer", () => {
    const figure = peerFigures(me, [group("all", 0, ids(1, 9))], pool([1, 2, 3, 4, 5, 1, 2, 3, 4])).get("all")!;
    expect(Object.keys(figure).sort()).toEqual(["peerCount", "percentileRank", "quartiles", "shown", "subjectValue"]);
  });

  it("leaves out the subject and providers without a value before counting", () => {
    // Five members besides the subject, but one has no value ("not applicable"): four count.
    const figures = peerFigures(me, [group("all", 0, ids(1, 5))], pool([1, 2, 4, 5, null]));
    expect(figures.get("all")).toEqual({ shown: false, reason: "too-few" });
  });

  it("gives the group's figures without a percentile rank when the subject has no value", () => {
    const figures = peerFigures({ organisationId: "me", value: null }, [group("all", 0, ids(1, 8))], pool([1, 2, 3, 4, 5, 1, 2, 3]));
    expect(figures.get("all")).toMatchObject({ shown: true, subjectValue: null, percentileRank: null, quartiles: { median: 2.5 } });
  });
});

describe("differencing: no two groups may be subtracted to describe a few providers", () => {
  it("hides a narrowed group that leaves 1 to 4 providers out of the wider group (a differencing attempt)", () => {
    // Everyone: 10 other providers. Narrowed to a size band: 7 of them. The 3 left out would be the difference.
    const values = pool([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    const figures = peerFigures(me, [group("all", 0, ids(1, 10)), group("size", 1, ids(1, 7))], values);
    expect(figures.get("all")).toMatchObject({ shown: true, peerCount: 10 });
    expect(figures.get("size")).toEqual({ shown: false, reason: "difference" });
  });

  it("hides a narrowed group that leaves out exactly 1 provider, and shows one that leaves out 5", () => {
    const values = pool([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(peerFigures(me, [group("all", 0, ids(1, 10)), group("ics", 1, ids(1, 9))], values).get("ics")).toEqual({ shown: false, reason: "difference" });
    expect(peerFigures(me, [group("all", 0, ids(1, 10)), group("ics", 1, ids(1, 5))], values).get("ics")).toMatchObject({ shown: true, peerCount: 5 });
  });

  it("shows a narrowed group that leaves nobody out, since its figures are the wider group's", () => {
    const values = pool([1, 2, 3, 4, 5, 1, 2, 3]);
    const figures = peerFigures(me, [group("all", 0, ids(1, 8)), group("type", 1, ids(1, 8))], values);
    expect(figures.get("type")).toEqual(figures.get("all"));
  });

  it("counts only providers with a value: a group that differs from the wider one only by providers without a value is not a difference", () => {
    const values = pool([1, 2, 3, 4, 5, 1, 2, 3, null, null]);
    const figures = peerFigures(me, [group("all", 0, ids(1, 10)), group("size", 1, ids(1, 8))], values);
    expect(figures.get("size")).toMatchObject({ shown: true, peerCount: 8 });
  });

  it("cannot be beaten by adding and subtracting overlapping groups (everyone − size − type + both)", () => {
    // 16 other providers: 5 of the same size and type, 5 of the same size only, 5 of the same type only, and 1 of
    // neither. Each pair of groups differs by 5 or more, but everyone − size − type + both would be that 1 provider.
    const size = [...ids(1, 5), ...ids(6, 10)];
    const type = [...ids(1, 5), ...ids(11, 15)];
    const groups = [group("all", 0, ids(1, 16)), group("size", 1, size), group("type", 1, type), group("size+type", 2, ids(1, 5))];
    const shown = [...disclosableGroups("me", groups, () => true)].filter(([, v]) => v === "shown").map(([k]) => k);
    expect(shown).not.toEqual(["all", "size", "type", "size+type"]);
    expect(shown).toContain("all");
    expect(cellsOf(groups.filter((g) => shown.includes(g.key)))).toSatisfy((cells: number[]) => cells.every((n) => n >= 5));
  });

  it("decides the unnarrowed group on its own size alone, whatever the narrowed groups", () => {
    const values = pool(Array.from({ length: 12 }, (_, i) => (i % 5) + 1));
    const all = group("all", 0, ids(1, 12));
    const alone = peerFigures(me, [all], values).get("all");
    const withOthers = peerFigures(me, [all, group("ics", 1, ids(1, 9)), group("size", 1, ids(3, 12)), group("ics+size", 2, ids(3, 9))], values).get("all");
    expect(withOthers).toEqual(alone);
    expect(alone).toMatchObject({ shown: true, peerCount: 12 });
  });

  it("gives the same answer for a group whichever order the groups are asked for in", () => {
    const values = pool(Array.from({ length: 30 }, (_, i) => (i % 5) + 1));
    const groups = [group("all", 0, ids(1, 30)), group("ics", 1, ids(1, 12)), group("size", 1, ids(8, 20)), group("ics+size", 2, ids(8, 12)), group("type", 1, ids(15, 30))];
    const forward = peerFigures(me, groups, values);
    const backward = peerFigures(me, [...groups].reverse(), values);
    for (const g of groups) expect(backward.get(g.key), g.key).toEqual(forward.get(g.key));
  });

  it("never shows a set of groups that splits the providers into a cell of 1 to 4 (random trials)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial += 1) {
      const n = 5 + Math.floor(random() * 40);
      const everyone = ids(1, n);
      const pick = (share: number) => everyone.filter(() => random() < share);
      const a = pick(0.5);
      const b = pick(0.4);
      const c = pick(0.6);
      const groups = [
        group("all", 0, everyone),
        group("a", 1, a),
        group("b", 1, b),
        group("c", 1, c),
        group("a+b", 2, a.filter((x) => b.includes(x))),
        group("a+c", 2, a.filter((x) => c.includes(x))),
        group("b+c", 2, b.filter((x) => c.includes(x))),
        group("a+b+c", 3, a.filter((x) => b.includes(x) && c.includes(x))),
      ];
      const decided = disclosableGroups("me", groups, () => true);
      const shown = groups.filter((g) => decided.get(g.key) === "shown");
      for (const cell of cellsOf(shown)) expect(cell === 0 || cell >= 5, `trial ${trial}: a cell of ${cell}`).toBe(true);
      for (const g of groups) if (g.members.size - 1 < 5) expect(decided.get(g.key)).toBe("too-few");
    }
  });
});

/** The sizes of the cells the groups split their providers into (the subject left out). */
function cellsOf(groups: PeerGroup[]): number[] {
  const cells = new Map<string, number>();
  const everyone = new Set(groups.flatMap((g) => [...g.members]).filter((id) => id !== "me"));
  for (const id of everyone) {
    const cell = groups.map((g) => (g.members.has(id) ? "1" : "0")).join("");
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  return [...cells.values()];
}
