import { describe, expect, it } from "vitest";
import { attachmentDisposition, checkEvidenceFile, EVIDENCE_FILE_MAX_BYTES, HEAD_BYTES, safeFileName, TAIL_BYTES, EVIDENCE_FILE_TYPES } from "../../app/evidence-files.server";
import { DOCX, makeZip, XLSM, XLSX } from "../support/zip";

const check = (bytes: Uint8Array, size = bytes.length) => checkEvidenceFile({ head: bytes.subarray(0, HEAD_BYTES), tail: bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), size });
const text = (s: string) => new TextEncoder().encode(s);

describe("what an uploaded evidence file is, decided by its content", () => {
  it("accepts PDF, PNG, JPEG, Word and Excel files, and CSV text", () => {
    expect(check(text("%PDF-1.7\n..."))).toMatchObject({ ok: true, type: { mediaType: "application/pdf" } });
    expect(check(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatchObject({ ok: true, type: { mediaType: "image/png" } });
    expect(check(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toMatchObject({ ok: true, type: { mediaType: "image/jpeg" } });
    expect(check(DOCX())).toMatchObject({ ok: true, type: { extension: "docx" } });
    expect(check(XLSX())).toMatchObject({ ok: true, type: { extension: "xlsx" } });
    expect(check(text("borough,delays\nCamden,12\nSutton,7\n"))).toMatchObject({ ok: true, type: { mediaType: "text/csv" } });
  });

  it("refuses a workbook or document with macros, whatever its name", () => {
    expect(check(XLSM())).toEqual({ ok: false, message: expect.stringContaining("contains macros") });
    expect(check(makeZip({ "word/document.xml": "<w/>", "word/vbaProject.bin": "x" }))).toMatchObject({ ok: false, message: expect.stringContaining("macros") });
  });

  it("refuses a program renamed to look like a document, and other kinds of file", () => {
    expect(check(text("MZ\x90\x00 this is a Windows program"))).toEqual({ ok: false, message: expect.stringContaining("is a program") });
    expect(check(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toMatchObject({ ok: false });
    expect(check(makeZip({ "readme.txt": "not office" }))).toMatchObject({ ok: false });
    expect(check(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({ ok: false, message: expect.stringContaining(".docx or .xlsx") });
  });

  it("refuses an empty file and one over 10 MB", () => {
    expect(check(new Uint8Array(0))).toEqual({ ok: false, message: "The selected file is empty" });
    expect(check(text("%PDF-1.7"), EVIDENCE_FILE_MAX_BYTES + 1)).toEqual({ ok: false, message: "The selected file must be smaller than 10 MB" });
  });
});

describe("the name a file is downloaded under", () => {
  it("drops folders and unsafe characters, and ends in the extension of what the file really is", () => {
    expect(safeFileName("../../etc/passwd", EVIDENCE_FILE_TYPES.pdf)).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\ann\\Board minutes.exe", EVIDENCE_FILE_TYPES.docx)).toBe("Board minutes.docx");
    expect(safeFileName('"quoted";name\u0000.pdf', EVIDENCE_FILE_TYPES.pdf)).toBe("quotedname.pdf");
    expect(safeFileName("...", EVIDENCE_FILE_TYPES.csv)).toBe("evidence.csv");
  });

  it("is always offered as an attachment, with a plain fallback name", () => {
    expect(attachmentDisposition("Plan für 2026.pdf")).toBe(`attachment; filename="Plan f_r 2026.pdf"; filename*=UTF-8''Plan%20f%C3%BCr%202026.pdf`);
  });
});
