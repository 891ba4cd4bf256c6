/**
 * A small client for Firefox's remote debugging protocol (the one about:debugging and web-ext
 * speak), for what WebDriver BiDi cannot reach: the add-on's background page, its toolbar popup
 * and the parent process. Packets are `<byte length>:<JSON>`; each actor answers its requests in
 * order, and a packet carrying a `type` is an event.
 */
import { connect, type Socket } from 'node:net';

export interface RdpPacket {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** What a console actor's evaluation gives back (a primitive, or a grip on a long string or object). */
type Grip = string | number | boolean | null | { type: string; actor?: string; length?: number; initial?: string };

export interface RdpConsoleMessage {
  level: string;
  text: string;
  source: string;
}

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<string, Array<{ resolve(packet: RdpPacket): void; reject(error: Error): void }>>();
  private readonly listeners = new Set<(packet: RdpPacket) => void>();
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => {
      this.closed = true;
      for (const queue of this.pending.values()) for (const waiter of queue) waiter.reject(new Error('the debugging connection closed'));
      this.pending.clear();
    });
  }

  /** Connects (retrying while Firefox starts its debugger server) and waits for the root actor's greeting. */
  static async connect(port: number, timeoutMs = 20_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new RdpClient(socket);
        await client.nextEvent((p) => p.from === 'root' && 'applicationType' in p, 5_000);
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`no Firefox debugger server on port ${port}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as RdpPacket;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(packet: RdpPacket): void {
    for (const listener of [...this.listeners]) listener(packet);
    // The root's greeting and every event carry a type or applicationType; anything else answers a request.
    if (packet.type !== undefined || 'applicationType' in packet) return;
    const waiter = this.pending.get(packet.from)?.shift();
    if (!waiter) return;
    if (packet.error) waiter.reject(new Error(`${packet.from}: ${packet.error} ${packet.message ?? ''}`));
    else waiter.resolve(packet);
  }

  /** Sends a request to an actor and resolves with its answer. */
  request(to: string, type: string, fields: Record<string, unknown> = {}): Promise<RdpPacket> {
    if (this.closed) return Promise.reject(new Error('the debugging connection is closed'));
    const answer = new Promise<RdpPacket>((resolve, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({ resolve, reject });
      this.pending.set(to, queue);
    });
    const body = Buffer.from(JSON.stringify({ to, type, ...fields }), 'utf8');
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return answer;
  }

  /** Every packet, events included, until the returned function is called. */
  listen(listener: (packet: RdpPacket) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  nextEvent(match: (packet: RdpPacket) => boolean, timeoutMs = 15_000): Promise<RdpPacket> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error('timed out waiting for a debugger event'));
      }, timeoutMs);
      const stop = this.listen((packet) => {
        if (!match(packet)) return;
        clearTimeout(timer);
        stop();
        resolve(packet);
      });
    });
  }

  /**
   * Evaluates `expression` (awaited) in a console actor and returns its value through JSON, so
   * objects come back whole; the evaluation's exception becomes a rejection.
   */
  async evaluate<T>(consoleActor: string, expression: string): Promise<T> {
    const text = `(async () => JSON.stringify(await (${expression}) ?? null))()`;
    const resultOf = (id: unknown) => this.nextEvent((p) => p.from === consoleActor && p.type === 'evaluationResult' && p.resultID === id, 30_000);
    // The result event may arrive right behind the answer that names it: listen before asking.
    const events: RdpPacket[] = [];
    const stop = this.listen((p) => {
      if (p.from === consoleActor && p.type === 'evaluationResult') events.push(p);
    });
    let result: RdpPacket;
    try {
      const { resultID } = await this.request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } });
      result = events.find((p) => p.resultID === resultID) ?? (await resultOf(resultID));
    } finally {
      stop();
    }
    if (result.exceptionMessage || result.hasException) throw new Error(`evaluation failed: ${String(result.exceptionMessage ?? 'exception')}`);
    const json = await this.gripText(result.result as Grip);
    return JSON.parse(json) as T;
  }

  private async gripText(grip: Grip): Promise<string> {
    if (typeof grip === 'string') return grip;
    if (grip && typeof grip === 'object' && grip.type === 'longString' && grip.actor) {
      const { substring } = await this.request(grip.actor, 'substring', { start: 0, end: grip.length });
      return substring as string;
    }
    throw new Error(`unexpected evaluation result ${JSON.stringify(grip)}`);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The text and level of a `console-message` or `error-message` resource. */
export function consoleMessageOf(type: string, resource: Record<string, unknown>): RdpConsoleMessage {
  if (type === 'error-message') {
    const page = (resource.pageError ?? resource) as { errorMessage?: unknown; sourceName?: string; warning?: boolean; exception?: boolean };
    const text = typeof page.errorMessage === 'string' ? page.errorMessage : JSON.stringify(page.errorMessage);
    return { level: page.warning ? 'warn' : 'error', text, source: page.sourceName ?? '' };
  }
  const message = (resource.message ?? resource) as { level?: string; arguments?: unknown[]; filename?: string };
  const text = (message.arguments ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return { level: message.level ?? 'log', text, source: message.filename ?? '' };
}
