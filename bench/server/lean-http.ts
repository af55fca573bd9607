// A lean HTTP/1.1 client for the open-loop load generator: keep-alive sockets, one request in flight on each, the
// request written in one piece and the answer framed by its Content-Length (the service always sends one). Node's
// `http.request` cost this process 140–150 µs per lookup at 5,000/s — three quarters of a core taken from the server
// on a 2-core machine; autocannon, the closed loop's generator, also writes raw sockets.
import { connect, type Socket } from 'node:net';

export interface LeanRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface LeanAnswer {
  readonly status: number;
  readonly body: string;
}

interface Exchange {
  readonly bytes: Buffer;
  /** Called once: with the answer, or undefined when the connection failed. */
  readonly done: (answer: LeanAnswer | undefined) => void;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/** One keep-alive connection: writes an exchange's request, frames its answer, then takes the next from `pool`. */
class Connection {
  private current: Exchange | undefined;
  private received: Buffer = Buffer.alloc(0);
  private readonly socket: Socket;

  constructor(host: string, port: number, private readonly pool: { next(): Exchange | undefined; free(connection: Connection): void; closed(connection: Connection): void }) {
    this.socket = connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', () => undefined); // 'close' follows
    this.socket.on('close', () => {
      this.current?.done(undefined);
      this.current = undefined;
      pool.closed(this);
    });
  }

  send(exchange: Exchange): void {
    this.current = exchange;
    this.socket.write(exchange.bytes);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const headEnd = this.received.indexOf(HEAD_END);
    if (headEnd < 0 || !this.current) return;
    const head = this.received.toString('latin1', 0, headEnd);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (!length) {
      this.socket.destroy();
      return;
    }
    const end = headEnd + HEAD_END.length + Number(length[1]);
    if (this.received.length < end) return;
    const answer = { status: Number(head.slice(9, 12)), body: this.received.toString('utf8', headEnd + HEAD_END.length, end) };
    this.received = this.received.subarray(end);
    const finished = this.current;
    const next = this.pool.next();
    if (next) this.send(next);
    else {
      this.current = undefined;
      this.pool.free(this);
    }
    finished.done(answer);
  }
}

/** Keep-alive connections to one origin, opened as needed up to `maxConnections`; requests beyond wait in order. */
export class LeanConnections {
  private readonly idle: Connection[] = [];
  private readonly all = new Set<Connection>();
  private readonly waiting: Exchange[] = [];
  private readonly host: string;
  private readonly port: number;
  private readonly pool = {
    next: () => this.waiting.shift(),
    free: (connection: Connection) => { this.idle.push(connection); },
    closed: (connection: Connection) => {
      this.all.delete(connection);
      const index = this.idle.indexOf(connection);
      if (index >= 0) this.idle.splice(index, 1);
      // A request waiting for a connection gets a new one: none waits forever when the server closes them all.
      const next = this.waiting.shift();
      if (next) this.open(next);
    },
  };

  constructor(origin: string, private readonly maxConnections: number) {
    const url = new URL(origin);
    this.host = url.hostname;
    this.port = Number(url.port || 80);
  }

  /** Sends `request`; resolves with the answer, or undefined when its connection failed. */
  exchange(request: LeanRequest): Promise<LeanAnswer | undefined> {
    return new Promise((done) => {
      const exchange = { bytes: this.encode(request), done };
      const idle = this.idle.pop();
      if (idle) idle.send(exchange);
      else if (this.all.size < this.maxConnections) this.open(exchange);
      else this.waiting.push(exchange);
    });
  }

  private open(exchange: Exchange): void {
    const connection = new Connection(this.host, this.port, this.pool);
    this.all.add(connection);
    connection.send(exchange);
  }

  close(): void {
    for (const connection of this.all) connection.destroy();
  }

  private encode({ method, path, headers = {}, body = '' }: LeanRequest): Buffer {
    let head = `${method} ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    if (body !== '' || method !== 'GET') head += `content-length: ${Buffer.byteLength(body)}\r\n`;
    return Buffer.from(`${head}\r\n${body}`);
  }
}
