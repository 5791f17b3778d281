// A QR code as SVG squares (no canvas, no network), for the receipt: a phone reads it
// to open the tracking page.
import { useMemo } from 'react';
import QRCode from 'qrcode';

export function Qr(props: { text: string; size: number; label: string; testId?: string }) {
  const drawing = useMemo(() => {
    const { modules } = QRCode.create(props.text, { errorCorrectionLevel: 'M' });
    const quiet = 4;
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
    return { d, n: modules.size + quiet * 2 };
  }, [props.text]);
  return (
    <svg
      className="portal-qr"
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
