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

describe('npm run eval:urgent', () => {
  it('prints recall, precision and near-miss false positives per language and category, and the summary line last', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-urgent-'));
    const file = join(dir, 'mini.jsonl');
    const lines = [
      { text: 'We all got food poisoning from the prawns.', lang: 'en', urgent: true, category: 'health', evidence: 'got food poisoning', near_miss: false },
      { text: 'Someone stole my bag from the cloakroom.', lang: 'en', urgent: true, category: 'fraud', evidence: 'stole my bag', near_miss: false },
      { text: 'No bugs at all, spotless.', lang: 'en', urgent: false, category: null, evidence: null, near_miss: true },
      { text: 'Lovely coffee.', lang: 'en', urgent: false, category: null, evidence: null, near_miss: false },
      { text: 'Вызвали полицию, охранник ударил мужа.', lang: 'ru', urgent: true, category: 'legal', evidence: 'Вызвали полицию', near_miss: false },
      { text: 'Криминально вкусно.', lang: 'ru', urgent: false, category: null, evidence: null, near_miss: true },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/eval-urgent.ts'), file], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim().split('\n').at(-1)).toBe('recall: 1.000 precision: 1.000 near-miss-fp: 0.000 non-urgent-flagged: 0.000');
    expect(out).toMatch(/^en\s+4\s+2\s+1\.000\s+1\.000\s+0\.000 \(0\/1\)\s+0\.000 \(0\/2\)\s+1\.000\s+1\.000$/m);
    expect(out).toMatch(/^ru\s+2\s+1\s+1\.000\s+1\.000\s+0\.000 \(0\/1\)/m);
    expect(out).toMatch(/^fraud\s+1\s+1\.000\s+1\s+1\.000$/m);
  });

  it('counts and lists the flags on review lines without an urgency label (--unlabelled)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-urgent-'));
    const file = join(dir, 'reviews.jsonl');
    const lines = [
      { text: 'We all got food poisoning from the prawns.', lang: 'en', stars: 1 },
      { text: 'Lovely coffee.', lang: 'en', stars: 5 },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/eval-urgent.ts'), '--unlabelled', '--errors', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/^en {2}2 lines, 1 flagged \(0\.500; by the model 0\)$/m);
    expect(out).toContain('health 1★: We all got food poisoning from the prawns.');
    expect(out.trim().split('\n').at(-1)).toBe('lines: 2 flagged: 1 share: 0.500');
  });

  it('refuses an urgent line without a category', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-urgent-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, JSON.stringify({ text: 'x', lang: 'en', urgent: true }));
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/eval-urgent.ts'), file], { cwd: ROOT, stdio: 'pipe' })).toThrow(
      /category/,
    );
  });
});
