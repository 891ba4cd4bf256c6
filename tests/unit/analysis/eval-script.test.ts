import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/browser';

describe('npm run eval:sentiment', () => {
  it('reads a JSONL file and prints per-language and overall accuracy, a confusion matrix, and the accuracy line last', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'mini.jsonl');
    const lines = [
      { text: 'Terrible, never again.', label: 'negative', lang: 'en' },
      { text: 'Wonderful staff and great food!', label: 'positive', lang: 'en' },
      { text: 'Очень вкусно!', label: 'positive', lang: 'ru' },
      { text: 'Ждали час. Не советую.', label: 'negative', lang: 'ru' },
      { text: 'We came on a Tuesday.', label: 'neutral', lang: 'en' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/eval-sentiment.ts'), file], { cwd: ROOT, encoding: 'utf8' });
    const rows = out.trim().split('\n');
    expect(rows.at(-1)).toBe('accuracy: 1.000');
    expect(out).toMatch(/^en\s+3\s+100\.0%\s+100\.0%$/m);
    expect(out).toMatch(/^ru\s+2\s+100\.0%\s+100\.0%$/m);
    expect(out).toMatch(/^overall\s+5\s+100\.0%\s+100\.0%$/m);
    expect(out).toMatch(/^negative\s+2\s+0\s+0$/m);
    expect(out).toMatch(/^neutral\s+0\s+1\s+0$/m);
  });

  it('prints accuracy per kind when lines have one, and no kind table when none has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'kinds.jsonl');
    const lines = [
      { text: 'Terrible, never again.', label: 'negative', lang: 'en', kind: 'plain' },
      { text: 'Wonderful staff and great food!', label: 'positive', lang: 'en', kind: 'plain' },
      { text: 'Wonderful staff and great food!', label: 'negative', lang: 'en', kind: 'sarcasm' },
      { text: 'Terrible, never again.', label: 'negative', lang: 'en', kind: 'sarcasm' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const run = (f: string): string =>
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/eval-sentiment.ts'), f], { cwd: ROOT, encoding: 'utf8' });
    const out = run(file);
    expect(out).toMatch(/^kind\s+lines\s+binary/m);
    expect(out).toMatch(/^plain\s+2\s+100\.0%/m);
    expect(out).toMatch(/^sarcasm\s+2\s+50\.0%/m);
    expect(out.trim().split('\n').at(-1)).toBe('accuracy: 0.750');
    const plain = join(dir, 'plain.jsonl');
    writeFileSync(plain, JSON.stringify({ text: 'Terrible, never again.', label: 'negative', lang: 'en' }));
    expect(run(plain)).not.toMatch(/^kind\s/m);
  });

  it('refuses a line without a valid label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, JSON.stringify({ text: 'x', label: 'great' }));
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/eval-sentiment.ts'), file], { cwd: ROOT, stdio: 'pipe' })).toThrow(
      /label/,
    );
  });
});
