import { describe, expect, it } from 'vitest';
import { chooseFirstPaint } from '@/utils/views/first-paint';
import type { PopupModel } from '@/utils/views/popup-model';

const model = (name: string): PopupModel => ({ kind: 'list', businesses: [{ key: name } as never] });
const prepared = { model: model('prepared'), savedAt: 2_000 };

describe('which view the popup paints first', () => {
  it('paints the background’s prepared view of the tab when it is the newest', () => {
    expect(chooseFirstPaint({ selection: 'auto', prepared, remembered: { model: model('remembered'), savedAt: 1_000 } })).toBe(prepared.model);
    expect(chooseFirstPaint({ selection: 'auto', prepared, remembered: null })).toBe(prepared.model);
  });

  it('paints the popup’s own last view when it is newer than the prepared one', () => {
    const remembered = { model: model('remembered'), savedAt: 3_000 };
    expect(chooseFirstPaint({ selection: 'auto', prepared, remembered })).toBe(remembered.model);
  });

  it('ignores the tab’s prepared view when the popup was opened on a given business or the list', () => {
    const remembered = { model: model('remembered'), savedAt: 1_000 };
    expect(chooseFirstPaint({ selection: { businessKey: 'yelp:x' }, prepared, remembered })).toBe(remembered.model);
    expect(chooseFirstPaint({ selection: 'list', prepared })).toBeUndefined();
  });

  it('paints nothing when there is nothing cached, or when the benchmark measures the uncached path', () => {
    expect(chooseFirstPaint({ selection: 'auto' })).toBeUndefined();
    expect(chooseFirstPaint({ selection: 'auto', prepared, uncached: true })).toBeUndefined();
  });
});
