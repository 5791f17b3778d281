// End to end: the admin moves a lobby display to one counter's sign; the display,
// already running, follows by itself (it is told of the configuration change).
import { describe, it, expect } from 'vitest';
import { useE2eOffice } from './helpers/office';

const WAIT = 30_000;
const office = useE2eOffice();

describe('a display moved to a counter', () => {
  it('switches from the lobby board to counter 2’s sign without anyone touching it', async () => {
    const display = await office.open(`/display/`, { width: 1920, height: 1080 });
    await display.page.locator('[data-testid="display-board"]').waitFor({ timeout: WAIT });
    const device = office.server.office.config.devices.find((d) => d.kind === 'display')!;
    const login = await fetch(`${office.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'admin1234' }) });
    const { token } = (await login.json()) as { token: string };
    const put = await fetch(`${office.server.url}/api/admin/devices/${device.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: device.name, counterId: 'c2' }),
    });
    expect(put.status).toBe(200);
    const sign = display.page.locator('[data-testid="counter-sign"][data-counter="c2"]');
    await sign.waitFor({ timeout: WAIT });
    expect(await display.page.isVisible('[data-testid="display-board"]')).toBe(false);
  });
});
