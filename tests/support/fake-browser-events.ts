/**
 * The unit project's fake browser (`wxt/testing/fake-browser`) throws on events it does not
 * implement. The background registers `tabs.onAttached` (a scheduled check's tab dragged into
 * the owner's window); give it a plain in-memory event so starting the worker works in tests.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: unknown[]) => unknown;

function memoryEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: async (...args: unknown[]) => Promise.all([...listeners].map((l) => l(...args))),
  };
}

Object.assign(fakeBrowser.tabs, { onAttached: memoryEvent() });
