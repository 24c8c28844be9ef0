/**
 * One QR code per recipient as an image, for offices that print certificates themselves and
 * place the code in their own layout: SVG (any size) or PNG (1,000 pixels a side, enough for
 * 4 cm at 600 dpi). Both hold the record's address, with the standard four-module quiet zone.
 */
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: 1000 });
}
