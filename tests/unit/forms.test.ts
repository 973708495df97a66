import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { dateFromParts, formDataToObject, groups, oneOf, optionalText, optionalWholeNumber, parseForm, repeated, requiredText } from "../../app/forms/validation";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

const offerSchema = z.object({
  name: requiredText("Enter the offer's name"),
  boroughs: repeated(oneOf(["camden", "hackney", "islington"], "Choose boroughs from the list")),
  services: groups(
    z.object({
      service: oneOf(["step-down", "handyperson"], "Select a service"),
      capacity: optionalWholeNumber("Enter the capacity as a whole number, like 12", { min: 0, max: 10_000 }),
      routes: repeated(z.string()),
      detail: optionalText(200),
    }),
  ),
});

describe("reading a form into nested values", () => {
  it("keeps a field sent several times (a checkbox group) as a list, in order", () => {
    expect(formDataToObject(form([["boroughs", "camden"], ["boroughs", "hackney"], ["name", "Homes"]]))).toEqual({
      boroughs: ["camden", "hackney"],
      name: "Homes",
    });
  });

  it("builds lists of groups from dotted names, each group with its own repeated fields", () => {
    expect(
      formDataToObject(
        form([
          ["services.0.service", "step-down"],
          ["services.0.routes", "gp"],
          ["services.0.routes", "hospital"],
          ["services.1.service", "handyperson"],
          ["services.1.capacity", "4"],
        ]),
      ),
    ).toEqual({ services: [{ service: "step-down", routes: ["gp", "hospital"] }, { service: "handyperson", capacity: "4" }] });
  });

  it("ignores names that could reach an object's prototype", () => {
    const parsed = formDataToObject(form([["__proto__.polluted", "yes"], ["a.constructor.prototype.x", "1"], ["ok", "1"]]));
    expect(parsed).toEqual({ ok: "1" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("checking a form with nested and repeated fields", () => {
  it("accepts a good offer, with one ticked box as a list of one and no ticked boxes as an empty list", () => {
    const result = parseForm(
      offerSchema,
      form([
        ["name", "  Homes  "],
        ["boroughs", "camden"],
        ["services.0.service", "step-down"],
        ["services.0.capacity", "1,200"],
        ["services.1.service", "handyperson"],
        ["services.1.capacity", ""],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        name: "Homes",
        boroughs: ["camden"],
        services: [
          { service: "step-down", capacity: 1200, routes: [], detail: "" },
          { service: "handyperson", capacity: null, routes: [], detail: "" },
        ],
      },
    });
  });

  it("puts each error on its own field's path, the nested ones included", () => {
    const result = parseForm(
      offerSchema,
      form([
        ["name", " "],
        ["boroughs", "camden"],
        ["boroughs", "westeros"],
        ["services.0.service", "step-down"],
        ["services.0.capacity", "twelve"],
        ["services.1.service", "nothing"],
        ["services.1.capacity", "-3"],
      ]),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: "Enter the offer's name",
        "boroughs.1": "Choose boroughs from the list",
        "services.0.capacity": "Enter the capacity as a whole number, like 12",
        "services.1.service": "Select a service",
        "services.1.capacity": "Enter the capacity as a whole number, like 12",
      },
    });
  });

  it("reads the same values from the browser's form state (already nested, numbers as text, unticked boxes as false)", () => {
    const result = parseForm(offerSchema, { name: "Homes", boroughs: false, services: [{ service: "handyperson", capacity: "7", routes: ["gp"], detail: "x" }] });
    expect(result).toMatchObject({ ok: true, data: { boroughs: [], services: [{ capacity: 7, routes: ["gp"] }] } });
  });
});

describe("dates typed into the three-field date input", () => {
  const schema = z.object({
    datedOn: dateFromParts({ required: "Enter the date", invalid: "The date must be a real date" }),
    reviewBy: dateFromParts({ invalid: "The review date must be a real date" }),
  });
  it("reads day, month and year as an ISO date, and an empty optional date as null", () => {
    expect(parseForm(schema, form([["datedOn.day", "3"], ["datedOn.month", "11"], ["datedOn.year", "2025"]]))).toEqual({ ok: true, data: { datedOn: "2025-11-03", reviewBy: null } });
  });
  it("refuses dates that do not exist, half-typed dates, and a missing required date, with one message per date", () => {
    expect(parseForm(schema, form([["datedOn.day", "29"], ["datedOn.month", "2"], ["datedOn.year", "2025"], ["reviewBy.day", "1"]]))).toEqual({
      ok: false,
      errors: { datedOn: "The date must be a real date", reviewBy: "The review date must be a real date" },
    });
    expect(parseForm(schema, form([]))).toEqual({ ok: false, errors: { datedOn: "Enter the date" } });
  });
});
