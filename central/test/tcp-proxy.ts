// A TCP proxy the tests control, picking an upstream per connection. It can:
// - 'reset': drop every connection and refuse new ones (a cable pulled, a firewall's RST);
// - 'blackhole': pass nothing either way until restored, then deliver what it held (TCP
//   retransmitting after a stall), including data a side sent before closing;
// - 'replies': let the office's data through but lose central's answers (acks lost
//   after central committed: the office must resend, central must not count twice);
// - 'stall': the open connections stall (held as in 'blackhole') while new ones pass, so a
//   reconnected office goes on and its stale batches reach central late, as duplicates.
import { connect, createServer, type Server, type Socket } from 'node:net';

interface Pair {
  n: number;
  client: Socket;
  upstream: Socket | null;
  up: Buffer[];
  down: Buffer[];
  connected: boolean;
  clientEnded: boolean;
  stalled: boolean;
}

export type CutKind = 'reset' | 'blackhole' | 'replies' | 'stall';

export class TcpProxy {
  private mode: 'open' | CutKind = 'open';
  private pairs = new Set<Pair>();
  private count = 0;
  /** Upstream ports, by connection number (0, 1, 2…). */
  route: (n: number) => number;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    route: (n: number) => number,
  ) {
    this.route = route;
  }

  static async start(route: (n: number) => number): Promise<TcpProxy> {
    const server = createServer({ allowHalfOpen: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const proxy = new TcpProxy(server, (server.address() as { port: number }).port, route);
    server.on('connection', (client) => proxy.accept(client));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Connections accepted so far. */
  get connections(): number {
    return this.count;
  }

  private passesUp(pair: Pair): boolean {
    return !pair.stalled && (this.mode === 'open' || this.mode === 'replies' || this.mode === 'stall');
  }

  private passesDown(pair: Pair): boolean {
    return !pair.stalled && (this.mode === 'open' || this.mode === 'stall');
  }

  private accept(client: Socket): void {
    const n = this.count++;
    if (this.mode === 'reset') {
      client.destroy();
      return;
    }
    const pair: Pair = { n, client, upstream: null, up: [], down: [], connected: false, clientEnded: false, stalled: false };
    this.pairs.add(pair);
    client.on('data', (d: Buffer) => {
      if (this.passesUp(pair) && pair.connected) pair.upstream!.write(d);
      else pair.up.push(d);
    });
    client.on('end', () => {
      pair.clientEnded = true;
      if (this.passesUp(pair) && pair.connected) pair.upstream!.end();
    });
    client.on('error', () => this.drop(pair));
    client.on('close', () => {
      // what the office sent before closing still reaches central once the network is back
      if (pair.up.length === 0 || !pair.clientEnded) this.drop(pair);
    });
    if (this.passesUp(pair)) this.connectUpstream(pair);
  }

  private connectUpstream(pair: Pair): void {
    const upstream = connect({ port: this.route(pair.n), host: '127.0.0.1', allowHalfOpen: true });
    pair.upstream = upstream;
    upstream.on('connect', () => {
      pair.connected = true;
      if (this.passesUp(pair)) this.flushUp(pair);
      if (this.passesDown(pair)) this.flushDown(pair);
    });
    upstream.on('data', (d: Buffer) => {
      if (this.passesDown(pair)) {
        if (!pair.client.destroyed) pair.client.write(d);
      } else if (this.mode !== 'replies' || pair.stalled) pair.down.push(d);
      // 'replies': lost
    });
    upstream.on('error', () => this.drop(pair));
    upstream.on('close', () => this.drop(pair));
  }

  private flushUp(pair: Pair): void {
    for (const d of pair.up.splice(0)) pair.upstream!.write(d);
    if (pair.clientEnded) pair.upstream!.end();
  }

  private flushDown(pair: Pair): void {
    for (const d of pair.down.splice(0)) if (!pair.client.destroyed) pair.client.write(d);
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.upstream?.destroy();
  }

  cut(kind: CutKind): void {
    this.mode = kind;
    if (kind === 'reset') for (const p of [...this.pairs]) this.drop(p);
    if (kind === 'replies') for (const p of this.pairs) if (p.connected) this.flushUp(p);
    if (kind === 'stall') for (const p of this.pairs) p.stalled = true;
  }

  restore(): void {
    this.mode = 'open';
    for (const p of [...this.pairs]) {
      p.stalled = false;
      if (!p.upstream) this.connectUpstream(p);
      else if (p.connected) {
        this.flushUp(p);
        this.flushDown(p);
      }
    }
  }

  async close(): Promise<void> {
    for (const p of [...this.pairs]) this.drop(p);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
