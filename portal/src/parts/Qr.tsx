// The portal's QR (the receipt's link to tracking): the shared drawing with the portal's look.
import { Qr as SharedQr } from '@desk/ui/Qr.tsx';

export function Qr(props: { text: string; size: number; label: string; testId?: string }) {
  return <SharedQr {...props} className="portal-qr" />;
}
