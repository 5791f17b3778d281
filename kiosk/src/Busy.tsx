// A full-screen "please wait" while something is on its way (a ticket, the device setup).
export function Busy(props: { text: string }) {
  return (
    <main className="kiosk-screen kiosk-busy" aria-busy="true">
      <div className="kiosk-spinner" aria-hidden="true" />
      <p className="kiosk-busy-text" role="status">
        {props.text}
      </p>
    </main>
  );
}
