import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';

/** Where focus should go: an element once it is rendered, or null while it is not there yet. */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Focus for controls that disappear when used (a form that closes, a confirmation answered, a
 * review marked done): `moveFocus(target)` focuses what `target()` finds after a render, as soon
 * as it finds something (a button that comes back, a heading). Keyboard and screen-reader users
 * stay where they were instead of being dropped on the page's body.
 */
export function useMoveFocus(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    if (pending.current && focusOn(pending.current)) pending.current = null;
  });
  return useCallback((target: FocusTarget) => {
    // Already there and focusable (a heading that never leaves): at once; else after the render that shows it.
    pending.current = focusOn(target) ? null : target;
  }, []);
}

/** Focuses what `target()` finds; true when it took focus (a disabled button does not). */
function focusOn(target: FocusTarget): boolean {
  const el = target();
  if (!el?.isConnected) return false;
  el.focus();
  return el.ownerDocument.activeElement === el;
}

/** Calls `onEscape` for Escape pressed inside an element (a draft, a form, a confirmation), and keeps it from closing the popup. */
export function escapeCloses(onEscape: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    onEscape();
  };
}
