/**
 * The built packages: the Chrome manifest asks only for what the code uses, and the Firefox
 * build passes `web-ext lint` (the check addons.mozilla.org runs) without errors. The Firefox
 * build running in a real Firefox is the firefox project's (tests/e2e-firefox/).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, CHROME_BUILD, extensionBuilt, FIREFOX_BUILD, ROOT } from '../support/browser';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('built extension packages', () => {
  // The builds the global setups started: Chrome's (this project's), and Firefox's when the firefox project runs too, else one made here.
  beforeAll(async () => {
    await extensionBuilt('chrome');
    if (!(await extensionBuilt('firefox'))) buildOnce('firefox');
  });

  it('asks Chrome only for storage, notifications, alarms and idle, with no host permissions (sync’s optional) and no external messaging', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'notifications', 'alarms', 'idle']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    // Sync's one server, asked for when the owner sets it up (no install warning).
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    // The default extension CSP: no remote code, no eval.
    expect(manifest).not.toHaveProperty('content_security_policy');
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
    expect(scripts.flatMap((s) => s.matches).every((m) => m.startsWith('https://'))).toBe(true);
  });

  it('builds for Firefox with an add-on id and no data collection, and web-ext lint finds no errors', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
      permissions: string[];
      optional_permissions: string[];
    };
    expect(manifest.browser_specific_settings.gecko.id).toBe('review-sentinel@reviewsentinel.org');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(manifest.permissions).toEqual(['storage', 'notifications', 'alarms', 'idle']);
    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);

    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '-s', FIREFOX_BUILD, '--output', 'json', '--no-input'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    // The only warning is Preact's own dangerouslySetInnerHTML support, which this code never uses (lint rule).
    expect(report.warnings.map((w) => w.code)).toEqual(report.warnings.map(() => 'UNSAFE_VAR_ASSIGNMENT'));
    expect(report.warnings.length).toBeLessThanOrEqual(1);
  });
});
