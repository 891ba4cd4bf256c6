/** A stand-in for WXT's content-script context in jsdom tests of the capture runtime. */
import { runCapture, type CaptureContext, type CaptureDeps, type CaptureRuntime } from '@/utils/capture/runtime';
import type { CapturePageMessage } from '@/utils/messages';
import type { SiteAdapter } from '@/utils/sites/types';

export class FakeContext implements CaptureContext {
  isValid = true;
  private readonly invalidated: Array<() => void> = [];
  setTimeout(handler: () => void, timeout?: number): number {
    return window.setTimeout(() => this.isValid && handler(), timeout);
  }
  onInvalidated(callback: () => void): () => void {
    this.invalidated.push(callback);
    return () => undefined;
  }
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void {
    target.addEventListener(type, handler);
  }
  /** What happens when the extension is reloaded: the context ends. */
  invalidate(): void {
    this.isValid = false;
    this.invalidated.forEach((cb) => cb());
  }
}

/** Runs the capture runtime on the jsdom page, collecting what it sends. */
export function startRecording(
  adapter: SiteAdapter,
  href: string | { href: string },
  overrides: Partial<CaptureDeps> = {},
): { ctx: FakeContext; sent: CapturePageMessage[]; runtime: CaptureRuntime } {
  const ctx = new FakeContext();
  const sent: CapturePageMessage[] = [];
  const runtime = runCapture(adapter, ctx, {
    send: async (message) => {
      sent.push(message);
      return { ok: true, stored: message.capture?.reviews.length ?? 0, rejected: 0 };
    },
    now: () => Date.UTC(2026, 10, 20, 12),
    document,
    location: typeof href === 'string' ? { href } : href,
    window,
    debounceMs: 10,
    ...overrides,
  });
  return { ctx, sent, runtime };
}

export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the condition holds (checked every few ms), failing after a generous limit: timings on a loaded machine vary. */
export async function until(condition: () => boolean, what = 'the condition', limitMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`timed out waiting for ${what}`);
    await wait(5);
  }
}
