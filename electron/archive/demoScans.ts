// Small generated "scans" for the demo vault's attachments: a real one- or two-page PDF (page
// frame, grey text lines, the item's 档号 in ASCII) and a real greyscale PNG (a page with lines),
// both a few kilobytes, so the attachment viewer, 另存为… and the sha256 checks work on them.
import { deflateSync } from 'node:zlib';

/** A valid PDF (xref offsets computed) with `pages` A4 pages; `label` must be ASCII. */
export function demoScanPdf(label: string, pages = 1): Buffer {
  const safe = label.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const objs: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (let p = 0; p < pages; p++) {
    const lines = Array.from({ length: 22 }, (_, i) => `${60} ${700 - i * 26} m ${480 - ((i * 37 + p * 11) % 140)} ${700 - i * 26} l S`).join('\n');
    const content = `0.2 w 30 30 535 782 re S\n0.6 g 3 w\n${lines}\n0 g BT /F1 14 Tf 60 760 Td (${safe}  page ${p + 1}/${pages}) Tj ET\nBT /F1 9 Tf 60 50 Td (Archive Room demo scan - sample data) Tj ET`;
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + p * 2} 0 R >>`);
    objs.push(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A greyscale PNG of a scanned page (off-white paper, frame, text lines); `seed` varies the lines. */
export function demoScanPng(seed: number, width = 210, height = 297): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    raw[row] = 0; // filter: none
    const line = y > 30 && y < height - 30 && y % 12 < 2;
    const lineEnd = width - 20 - ((y * 7 + seed * 13) % 60);
    for (let x = 0; x < width; x++) {
      const frame = x === 8 || x === width - 9 || y === 8 || y === height - 9;
      const text = line && x > 20 && x < lineEnd;
      raw[row + 1 + x] = frame ? 90 : text ? 120 : 246 - ((x * 31 + y * 17 + seed) % 6);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
