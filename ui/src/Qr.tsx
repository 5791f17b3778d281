// A QR code drawn as crisp SVG squares (no canvas, no network): the kiosk's ticket and
// info screens, and the portal's receipt. Imported by path (`@desk/ui/Qr.tsx`) so the
// screens without a QR do not carry the encoder.
import { useMemo } from 'react';
import QRCode from 'qrcode';

/** Modules of the white border around the code (the standard's quiet zone). */
const QUIET = 4;

export function Qr(props: { text: string; size: number; label: string; testId?: string; className?: string }) {
  const drawing = useMemo(() => {
    const { modules } = QRCode.create(props.text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }
    return { d, n: modules.size + QUIET * 2 };
  }, [props.text]);
  return (
    <svg
      className={props.className}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      data-url={props.text}
      width={props.size}
      height={props.size}
      viewBox={`0 0 ${drawing.n} ${drawing.n}`}
      shapeRendering="crispEdges"
    >
      <rect width={drawing.n} height={drawing.n} fill="#fff" />
      <path d={drawing.d} fill="#000" />
    </svg>
  );
}
