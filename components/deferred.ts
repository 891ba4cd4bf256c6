import { useEffect, useState } from 'preact/hooks';

/**
 * False for the first frame, true right after it: parts of a view below the fold (the chart,
 * the comparison) render one frame later, so the score and its reasons paint first.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}

/**
 * A module loaded on demand (`load` null: not yet wanted). Parts of the popup that are below
 * the fold or behind a click live in their own chunks, so opening the popup parses less.
 */
export function useLazy<T>(load: (() => Promise<T>) | null): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  const wanted = load !== null;
  useEffect(() => {
    if (!wanted || loaded || !load) return;
    let live = true;
    void load().then((module) => {
      if (live) setLoaded(module);
    });
    return () => {
      live = false;
    };
    // The loader is a fresh arrow on each render: wanting it is what the effect follows.
  }, [wanted, loaded]);
  return loaded;
}
