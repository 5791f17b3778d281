// A QR code drawn as crisp SVG squares (no canvas, no network): on the ticket screen a
// visitor can photograph it or read it with a phone to follow the ticket.
import { useMemo } from 'react';
import QRCode from 'qrcode';

export function Qr(props: { text: string; size: number; label: string }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(props.text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    return { d, n: modules.size + 8 };
  }, [props.text]);
  return (
    <svg
      className="kiosk-qr"
      role="img"
      aria-label={props.label}
      data-testid="ticket-qr"
      data-url={props.text}
      width={props.size}
      height={props.size}
      viewBox={`0 0 ${path.n} ${path.n}`}
      shapeRendering="crispEdges"
    >
      <rect width={path.n} height={path.n} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
