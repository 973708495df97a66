import { describe, expect, it } from "vitest";
import { compareIndependentRatings, everyoneHasRated, latestFramework, PARTNERSHIP_FRAMEWORK_KEY, partProgress } from "../../../assessment";

const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
const domain = framework.domains[0]!;

describe("assigned parts", () => {
  it("counts a domain done only when every indicator is answered and none is left unconfirmed", () => {
    const part = { domainKey: domain.key, indicatorKey: null, dueOn: "2026-12-01" };
    const all = domain.indicators.map((i) => ({ indicatorKey: i.key, carriedOver: false }));
    expect(partProgress(framework, part, all, "2026-12-03")).toMatchObject({ done: true, overdue: false, answered: domain.indicators.length });
    const carried = all.map((r, n) => (n === 0 ? { ...r, carriedOver: true } : r));
    expect(partProgress(framework, part, carried, "2026-12-03")).toMatchObject({ done: false, overdue: true });
    expect(partProgress(framework, part, [], "2026-11-29")).toMatchObject({ done: false, overdue: false, dueSoon: true });
    expect(partProgress(framework, part, [], "2026-11-20")).toMatchObject({ overdue: false, dueSoon: false });
  });

  it("covers a single indicator, and nothing for a key the framework does not have", () => {
    const one = { domainKey: null, indicatorKey: domain.indicators[1]!.key, dueOn: null };
    expect(partProgress(framework, one, [], "2026-12-03").indicatorKeys).toEqual([domain.indicators[1]!.key]);
    expect(partProgress(framework, { ...one, indicatorKey: "no-such" }, [], "2026-12-03")).toMatchObject({ indicatorKeys: [], done: false });
  });
});

describe("independent ratings", () => {
  const keys = ["a", "b", "c"];
  const raters = ["p", "q"];
  const r = (personId: string, indicatorKey: string, level: number | null, answer: "level" | "not_applicable" | "dont_know" = "level") => ({ personId, indicatorKey, answer, level });

  it("are released only when every rater has rated every indicator", () => {
    const some = [r("p", "a", 2), r("p", "b", 2), r("p", "c", 2), r("q", "a", 3)];
    expect(everyoneHasRated(keys, raters, some)).toBe(false);
    expect(everyoneHasRated(keys, raters, [...some, r("q", "b", 3), r("q", "c", 3)])).toBe(true);
    expect(everyoneHasRated(keys, [], [])).toBe(false);
  });

  it("show where raters agree, where they differ and by how many levels, and suggest a starting point", () => {
    const [a, b, c] = compareIndependentRatings(keys, raters, [r("p", "a", 2), r("q", "a", 2), r("p", "b", 1), r("q", "b", 4), r("p", "c", 3), r("q", "c", null, "dont_know")]);
    expect(a).toMatchObject({ agreed: true, spread: 0, suggested: { answer: "level", level: 2 } });
    expect(b).toMatchObject({ agreed: false, spread: 3, differentKinds: false, suggested: { answer: "level", level: 1 } });
    expect(c).toMatchObject({ agreed: false, spread: null, differentKinds: true, suggested: { answer: "level", level: 3 } });
    expect(c!.answers[1]).toMatchObject({ answer: "dont_know" });
  });

  it("leave a gap where someone had not rated when the rating was closed", () => {
    const [a] = compareIndependentRatings(["a"], raters, [r("p", "a", 4)]);
    expect(a!.answers).toEqual([r("p", "a", 4), null]);
    expect(a!.agreed).toBe(false);
  });
});
