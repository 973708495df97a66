import { describe, expect, it } from "vitest";
import {
  EVIDENCE_REVIEW_MONTHS,
  addMonths,
  checkEvidenceSupport,
  defaultReviewBy,
  evidenceReviewBy,
  isEvidenceCurrent,
  parseIsoDate,
  requiredStrength,
  strongestCurrentStrength,
  type EvidenceItem,
} from "../../../assessment";

const today = "2026-06-15";

describe("required evidence strength", () => {
  it("needs nothing at levels 1 and 2, documentary at 3, outcome at 4 and independent at 5", () => {
    expect([1, 2, 3, 4, 5].map((l) => requiredStrength(l as 1 | 2 | 3 | 4 | 5))).toEqual([
      null,
      null,
      "documentary",
      "outcome",
      "independent",
    ]);
  });
});

describe("default review-by date", () => {
  it(`is ${EVIDENCE_REVIEW_MONTHS} months after the evidence is dated`, () => {
    expect(defaultReviewBy("2024-03-10")).toBe("2026-03-10");
  });

  it("moves 29 February to 28 February two years on", () => {
    expect(defaultReviewBy("2024-02-29")).toBe("2026-02-28");
  });

  it("keeps the last day of other months", () => {
    expect(defaultReviewBy("2023-12-31")).toBe("2025-12-31");
    expect(defaultReviewBy("2022-01-31")).toBe("2024-01-31");
  });

  it("refuses dates that do not exist", () => {
    expect(() => defaultReviewBy("2023-02-29")).toThrow(RangeError);
    expect(() => defaultReviewBy("2023-13-01")).toThrow(RangeError);
    expect(() => defaultReviewBy("15/06/2026")).toThrow(RangeError);
  });

  it("uses an explicit review-by date when one is given", () => {
    expect(evidenceReviewBy({ strength: "outcome", datedOn: "2024-01-01", reviewBy: "2024-07-01" })).toBe("2024-07-01");
    expect(evidenceReviewBy({ strength: "outcome", datedOn: "2024-01-01", reviewBy: null })).toBe("2026-01-01");
  });
});

describe("addMonths and parseIsoDate", () => {
  it("clamps to the end of shorter months and crosses years", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
    expect(addMonths("2025-03-15", -3)).toBe("2024-12-15");
  });

  it("knows century leap years", () => {
    expect(parseIsoDate("2000-02-29")).not.toBeNull();
    expect(parseIsoDate("1900-02-29")).toBeNull();
  });
});

describe("expiry", () => {
  const item: EvidenceItem = { strength: "documentary", datedOn: "2024-06-15" }; // review by 2026-06-15

  it("still supports a rating on its review-by date", () => {
    expect(isEvidenceCurrent(item, "2026-06-15")).toBe(true);
  });

  it("no longer supports a rating the day after its review-by date", () => {
    expect(isEvidenceCurrent(item, "2026-06-16")).toBe(false);
  });

  it("leaves expired items out when finding the strongest evidence", () => {
    const evidence: EvidenceItem[] = [
      { strength: "independent", datedOn: "2020-01-01" },
      { strength: "documentary", datedOn: "2026-01-01" },
    ];
    expect(strongestCurrentStrength(evidence, today)).toBe("documentary");
  });
});

describe("checkEvidenceSupport", () => {
  it("needs no evidence for a level 2 rating", () => {
    const result = checkEvidenceSupport(2, [], today);
    expect(result).toMatchObject({ status: "not_required", supported: true, required: null });
  });

  it("needs no evidence for not applicable or don't know (no level)", () => {
    expect(checkEvidenceSupport(null, [], today)).toMatchObject({ status: "not_required", supported: true });
  });

  it("supports a level 3 rating with documentary evidence", () => {
    const result = checkEvidenceSupport(3, [{ strength: "documentary", datedOn: "2026-01-01" }], today);
    expect(result).toMatchObject({ status: "supported", supported: true, required: "documentary", strongestCurrent: "documentary" });
  });

  it("flags a level 3 rating with only statements of intent", () => {
    const result = checkEvidenceSupport(3, [{ strength: "intent", datedOn: "2026-01-01" }], today);
    expect(result.supported).toBe(false);
    expect(result.status).toBe("not_yet_supported");
    expect(result.reason).toMatch(/^Not yet supported/);
    expect(result.reason).toContain("documentary evidence (E2)");
  });

  it("flags a level 4 rating with only documentary evidence", () => {
    const result = checkEvidenceSupport(4, [{ strength: "documentary", datedOn: "2026-01-01" }], today);
    expect(result).toMatchObject({ supported: false, required: "outcome", strongestCurrent: "documentary" });
  });

  it("accepts stronger evidence than required", () => {
    expect(checkEvidenceSupport(3, [{ strength: "independent", datedOn: "2026-01-01" }], today).supported).toBe(true);
    expect(checkEvidenceSupport(4, [{ strength: "independent", datedOn: "2026-01-01" }], today).supported).toBe(true);
  });

  it("needs independent evidence for level 5; outcome data is not enough", () => {
    expect(checkEvidenceSupport(5, [{ strength: "outcome", datedOn: "2026-01-01" }], today).supported).toBe(false);
    expect(checkEvidenceSupport(5, [{ strength: "independent", datedOn: "2026-01-01" }], today).supported).toBe(true);
  });

  it("flags a rating with no evidence at all", () => {
    const result = checkEvidenceSupport(3, [], today);
    expect(result).toMatchObject({ supported: false, strongestCurrent: null });
    expect(result.reason).toContain("there is no current evidence");
  });

  it("stops supporting a rating once its only qualifying evidence passes its review date, and says when", () => {
    const evidence: EvidenceItem[] = [{ strength: "outcome", datedOn: "2024-06-14" }]; // review by 2026-06-14
    const result = checkEvidenceSupport(4, evidence, today);
    expect(result.supported).toBe(false);
    expect(result.expiredQualifying).toBe(1);
    expect(result.lastExpiredOn).toBe("2026-06-14");
    expect(result.reason).toContain("passed its review date on 14 June 2026");
  });

  it("still supports it on the review-by date itself", () => {
    const evidence: EvidenceItem[] = [{ strength: "outcome", datedOn: "2024-06-15" }];
    expect(checkEvidenceSupport(4, evidence, today).supported).toBe(true);
  });

  it("respects an earlier explicit review-by date", () => {
    const evidence: EvidenceItem[] = [{ strength: "outcome", datedOn: "2026-01-01", reviewBy: "2026-06-14" }];
    expect(checkEvidenceSupport(4, evidence, today).supported).toBe(false);
  });

  it("does not count evidence whose file was purged, however strong and current", () => {
    const purged: EvidenceItem = { strength: "independent", datedOn: "2026-01-01", purged: true };
    expect(isEvidenceCurrent(purged, today)).toBe(false);
    expect(strongestCurrentStrength([purged], today)).toBeNull();
    const alone = checkEvidenceSupport(3, [purged], today);
    expect(alone).toMatchObject({ supported: false, status: "not_yet_supported", strongestCurrent: null, expiredQualifying: 0 });
    expect(alone.reason).toContain("there is no current evidence");
    // Beside other evidence, only the rest counts.
    expect(checkEvidenceSupport(4, [purged, { strength: "documentary", datedOn: "2026-01-01" }], today)).toMatchObject({ supported: false, strongestCurrent: "documentary" });
    expect(checkEvidenceSupport(3, [{ ...purged, purged: false }], today).supported).toBe(true);
  });

  it("refuses a malformed today", () => {
    expect(() => checkEvidenceSupport(3, [], "2026-6-15")).toThrow(RangeError);
  });
});
