// The kiosk's QR: the shared drawing with the kiosk's look and test id.
import { Qr as SharedQr } from '@desk/ui/Qr.tsx';

export function Qr(props: { text: string; size: number; label: string }) {
  return <SharedQr {...props} className="kiosk-qr" testId="ticket-qr" />;
}
