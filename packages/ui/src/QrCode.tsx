import { useTranslation } from "react-i18next";
import { cx } from "./cx.js";

export interface QrCodeProps {
  /** The QR code image as a `data:image/...` URL (never a remote address). */
  src: string;
  /** Describes the code, e.g. "QR code for your authenticator app". */
  alt: string;
  /** Rendered width and height in CSS pixels (default 200). */
  size?: number;
  className?: string;
}

const DATA_IMAGE_URL = /^data:image\/(png|svg\+xml|gif|jpeg|webp)[;,]/;

/** Shows a QR code image. Only inline data URLs are rendered, so nothing is fetched. */
export function QrCode({ src, alt, size = 200, className }: QrCodeProps) {
  const { t } = useTranslation("ui");
  if (!DATA_IMAGE_URL.test(src)) {
    return (
      <p role="alert" className="ui-qr ui-qr--missing">
        {t("qrMissing")}
      </p>
    );
  }
  return <img className={cx("ui-qr", className)} src={src} alt={alt} width={size} height={size} />;
}
