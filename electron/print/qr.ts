// QR code as inline SVG, built synchronously from the `qrcode` package's module matrix so the
// register renderer stays a pure, synchronous function (no canvas, no files, no network).
import QRCode from 'qrcode';

export function qrSvg(text: string, sizeMm = 26): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4; // the quiet zone scanners need around the symbol
  let path = '';
  // one rectangle per horizontal run of dark modules (a page of them per printout must stay small)
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.modules.get(r, c)) continue;
      let run = 1;
      while (c + run < n && qr.modules.get(r, c + run)) run++;
      path += `M${c + quiet} ${r + quiet}h${run}v1h-${run}z`;
      c += run - 1;
    }
  }
  const dim = n + quiet * 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" width="${sizeMm}mm" height="${sizeMm}mm" viewBox="0 0 ${dim} ${dim}" shape-rendering="crispEdges">` +
    `<rect width="${dim}" height="${dim}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
