/**
 * What an uploaded evidence file is, decided from its bytes, never its name: PDF, Word (.docx), Excel (.xlsx), CSV,
 * PNG or JPEG, up to 10 MB. Office files are ZIP packages: their list of parts (read from the end of the file) says
 * whether they are a Word document or a workbook, and whether they carry macros, which are refused. Legacy binary
 * Office files (.doc, .xls) can hide macros that cannot be checked, so they are refused with a way forward.
 */
export const EVIDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** How much of the start and of the end of a file the check needs (the end holds a ZIP package's list of parts). */
export const HEAD_BYTES = 8 * 1024;
export const TAIL_BYTES = 256 * 1024;

export interface EvidenceFileType {
  mediaType: string;
  extension: string;
  label: string;
}

export const EVIDENCE_FILE_TYPES = {
  pdf: { mediaType: "application/pdf", extension: "pdf", label: "PDF" },
  docx: { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", label: "Word document" },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx", label: "Excel workbook" },
  csv: { mediaType: "text/csv", extension: "csv", label: "CSV file" },
  png: { mediaType: "image/png", extension: "png", label: "PNG image" },
  jpeg: { mediaType: "image/jpeg", extension: "jpg", label: "JPEG image" },
} as const satisfies Record<string, EvidenceFileType>;

export const ALLOWED_FILES_IN_WORDS = "a PDF, Word document (.docx), Excel workbook (.xlsx), CSV file, PNG or JPEG image";

export type FileCheck = { ok: true; type: EvidenceFileType } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** Decides a file's type from its first bytes, its last bytes and its size. */
export function checkEvidenceFile({ head, tail, size }: { head: Uint8Array; tail: Uint8Array; size: number }): FileCheck {
  if (size === 0) return { ok: false, message: "The selected file is empty" };
  if (size > EVIDENCE_FILE_MAX_BYTES) return { ok: false, message: "The selected file must be smaller than 10 MB" };
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, type: EVIDENCE_FILE_TYPES.pdf }; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: EVIDENCE_FILE_TYPES.png };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, type: EVIDENCE_FILE_TYPES.jpeg };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { ok: false, message: "Older Word and Excel files (.doc, .xls) cannot be checked for macros: save the file as .docx or .xlsx, then upload it" };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return checkOfficePackage(tail);
  if (startsWith(head, [0x4d, 0x5a])) return { ok: false, message: `The selected file is a program, not a document. Upload ${ALLOWED_FILES_IN_WORDS}` };
  if (looksLikeCsv(head)) return { ok: true, type: EVIDENCE_FILE_TYPES.csv };
  return { ok: false, message: `The selected file must be ${ALLOWED_FILES_IN_WORDS}` };
}

/** Text that a spreadsheet can open as CSV: valid UTF-8 with no control characters other than tab and line breaks. */
function looksLikeCsv(head: Uint8Array): boolean {
  // The last few bytes may be a character cut in half by the sample's end.
  const sample = head.length === HEAD_BYTES ? head.subarray(0, HEAD_BYTES - 4) : head;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(sample);
  } catch {
    return false;
  }
  if (text.length === 0) return false;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") return false;
    if (code === 0x7f) return false;
  }
  return true;
}

/** The names of the parts in a ZIP package, from its central directory (at the end of the file), or null. */
export function zipEntryNames(tail: Uint8Array): string[] | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  // The end-of-central-directory record: signature 0x06054b50, at least 22 bytes from the end.
  let eocd = -1;
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  let offset = eocd - directorySize;
  if (offset < 0) return null; // the directory starts before the part of the file we kept
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > tail.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(tail.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function checkOfficePackage(tail: Uint8Array): FileCheck {
  const names = zipEntryNames(tail);
  if (!names) return { ok: false, message: `The selected file could not be read. Upload ${ALLOWED_FILES_IN_WORDS}` };
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml"))) {
    return { ok: false, message: "The selected file contains macros, which Hearth does not accept: save it without macros (.docx or .xlsx), then upload it" };
  }
  if (lower.includes("word/document.xml")) return { ok: true, type: EVIDENCE_FILE_TYPES.docx };
  if (lower.includes("xl/workbook.xml")) return { ok: true, type: EVIDENCE_FILE_TYPES.xlsx };
  return { ok: false, message: `The selected file must be ${ALLOWED_FILES_IN_WORDS}` };
}

/**
 * A file name that is safe to offer for download: no folders, no control characters or quotes, not too long, and
 * ending in the extension of what the file really is.
 */
export function safeFileName(original: string, type: EvidenceFileType): string {
  const base = original.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"<>:|?*;]/g, "")
    .replace(/^\.+/, "")
    .replace(/\s+/g, " ")
    .trim();
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 100).trim() || "evidence";
  return `${stem}.${type.extension}`;
}

/** Content-Disposition for a download: always an attachment, with an ASCII fallback name and the UTF-8 one. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
