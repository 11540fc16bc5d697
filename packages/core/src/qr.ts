import QRCode from "qrcode";

const QR_OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const;

/** A QR code of `uri` as a PNG data URL (`data:image/png;base64,...`) for an `<img src>`. */
export function renderQrPngDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { ...QR_OPTIONS, type: "image/png", scale: 6 });
}

/** A QR code of `uri` as a standalone SVG document. */
export function renderQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { ...QR_OPTIONS, type: "svg" });
}
