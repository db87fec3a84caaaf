// Page count of a PDF Chromium wrote (Skia writes plain `/Type /Page` page objects, no object
// streams), so the audit entry for a print can record how many sheets were produced.
export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const n = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return n > 0 ? n : null;
}
