import { describe, expect, it } from "vitest";
import { actionLabel, changedFields, startOfLondonDay } from "../../app/audit.server";
import { resourceFormSchema } from "../../app/forms/resource-schema";
import { auditFilterSchema } from "../../app/forms/audit-schema";
import { purgeEvidenceSchema } from "../../app/forms/purge-schema";
import { parseForm } from "../../app/forms/validation";

describe("the audit log's words", () => {
  it("shows only the fields a change changed, and every field of something added or removed", () => {
    expect(changedFields({ title: "A", strength: "documentary", reviewBy: "2027-01-01" }, { title: "B", strength: "documentary", reviewBy: "2027-01-01" })).toEqual([{ field: "title", before: "A", after: "B" }]);
    expect(changedFields(null, { title: "New", year: null })).toEqual([
      { field: "title", before: "", after: "New" },
      { field: "year", before: "", after: "(empty)" },
    ]);
    expect(changedFields({ reviewBy: "2027-01-01" }, null)).toEqual([{ field: "review by", before: "2027-01-01", after: "" }]);
    expect(changedFields({ tags: ["a"] }, { tags: ["a", "b"] })).toEqual([{ field: "tags", before: '["a"]', after: '["a","b"]' }]);
  });

  it("names actions in words", () => {
    expect(actionLabel("evidence-file-purged")).toBe("Evidence file purged");
  });

  it("starts a day at midnight in England, in summer time and out of it", () => {
    expect(startOfLondonDay("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay("2026-07-15").toISOString()).toBe("2026-07-14T23:00:00.000Z");
  });
});

describe("the forms of running the network", () => {
  it("says every mistake of a resource at once, the missing tags among them", () => {
    const result = parseForm(resourceFormSchema, { title: "", publisher: "", year: "20x", url: "ftp://x", summary: "", kind: "poem" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["frameworks", "kind", "publisher", "summary", "title", "url", "year"]);
  });

  it("reads a resource's tags as lists, one ticked box or several", () => {
    const result = parseForm(resourceFormSchema, { title: "T", publisher: "P", year: "", url: "https://example.org", summary: "S", kind: "data", domains: "leadership", networkThemes: ["places", "pathways"] });
    expect(result.ok && result.data).toMatchObject({ year: null, domains: ["leadership"], frameworks: [], networkThemes: ["places", "pathways"] });
  });

  it("needs a reason and a tick to purge a file", () => {
    expect(parseForm(purgeEvidenceSchema, { reason: "  " })).toMatchObject({ ok: false, errors: { reason: "Say why the file is being purged" } });
    expect(parseForm(purgeEvidenceSchema, { reason: "Names a resident", confirm: "yes" })).toMatchObject({ ok: true });
  });

  it("refuses an audit date range that ends before it starts, or a date that is not real", () => {
    expect(parseForm(auditFilterSchema, { from: "2026-11-02", to: "2026-11-01" })).toMatchObject({ ok: false, errors: { to: "The end of the range must be on or after its start" } });
    expect(parseForm(auditFilterSchema, { from: "2026-02-30" })).toMatchObject({ ok: false });
    expect(parseForm(auditFilterSchema, { from: "2026-02-28", to: "" })).toMatchObject({ ok: true });
  });
});
