// The one print-document shell: every register (register.ts) and the label sheet
// (archive/registers/label-sheet.ts) become a complete HTML document here, so the print CSP —
// nothing but inline styles and data: fonts/images, no scripts, nothing fetched — is written
// once, and so is the escaping every datum goes through.

/** What a printed document may load: its own inline CSS, and data: fonts and images (QR codes are inline SVG). */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every piece of data goes through here: a register may quote anything an operator typed. */
export function escapeHtml(v: string | number | null | undefined): string {
  return v == null ? '' : String(v).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export interface PrintDocument {
  lang: 'zh-CN' | 'en';
  /** plain text (escaped here) */
  title: string;
  /** the whole stylesheet: embedded font slices + page CSS */
  css: string;
  /** the body's HTML, every datum already escaped */
  body: string;
}

export function printDocumentHtml(doc: PrintDocument): string {
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(doc.title)}</title>
<style>
${doc.css}
</style>
</head>
<body>${doc.body}
</body>
</html>
`;
}
