import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code drawn in the browser (no image service): `payload` as a PNG of `size` pixels, error correction M. */
export function QrImage({ payload, size = 120, testId }: { payload: string; size?: number; testId?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(payload, { errorCorrectionLevel: 'M', margin: 1, width: size }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [payload, size]);
  return src ? (
    <img src={src} width={size} height={size} alt={payload} data-testid={testId} data-payload={payload} />
  ) : (
    <div style={{ width: size, height: size }} />
  );
}
