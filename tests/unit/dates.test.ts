import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime } from "../../app/dates";

describe("dates and times in Europe/London", () => {
  it("shows British Summer Time in summer and GMT in winter", () => {
    expect(formatTime(new Date("2026-07-01T11:30:00Z"))).toBe("12:30pm");
    expect(formatTime(new Date("2026-12-01T11:30:00Z"))).toBe("11:30am");
  });

  it("writes the date a Londoner sees, even when it is another day in UTC", () => {
    expect(formatDateTime(new Date("2026-06-30T23:15:00Z"))).toBe("1 July 2026 at 12:15am");
  });

  it("formats calendar dates without shifting them", () => {
    expect(formatDate("2026-03-29")).toBe("29 March 2026");
    expect(formatDate("2026-10-25")).toBe("25 October 2026");
  });
});
