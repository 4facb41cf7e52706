import { describe, expect, test } from 'vitest';
import { ensureChromium, findChromium, installSteps, MISSING, testLaunchPath, type Machine } from '../src/lib/testing/chromium.ts';

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';

/** A machine where exactly `files` exist. */
function machine(files: string[], env: Machine['env'] = { PATH: '/usr/local/bin:/usr/bin' }): Machine {
  return { env, exists: (path) => files.includes(path), playwrightChromium: PLAYWRIGHT, isRoot: false, hasApt: false };
}

describe('finding Chromium', () => {
  test('CHROMIUM_PATH wins over everything, even when it names no file, so a typo is reported', () => {
    expect(findChromium(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }))).toBe(
      '/opt/chrome/chrome',
    );
  });

  test('takes the first browser name found, in PATH order', () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/local/bin/chromium']))).toBe('/usr/local/bin/chromium');
    expect(findChromium(machine(['/usr/bin/google-chrome', '/usr/local/bin/chromium-browser']))).toBe('/usr/local/bin/chromium-browser');
  });

  test('looks in /usr/bin even when PATH leaves it out', () => {
    expect(findChromium(machine(['/usr/bin/chromium'], { PATH: '/opt/node/bin' }))).toBe('/usr/bin/chromium');
  });

  test('falls back to the browser Playwright downloaded', () => {
    expect(findChromium(machine([PLAYWRIGHT]))).toBe(PLAYWRIGHT);
    expect(findChromium(machine(['/usr/bin/google-chrome', PLAYWRIGHT]), 'lighthouse')).toBe('/usr/bin/google-chrome');
  });

  test('takes the headless shell for the tests before Playwright’s download and a full browser', () => {
    const shell = '/usr/bin/chromium-headless-shell';
    expect(findChromium(machine(['/usr/bin/chromium', shell, PLAYWRIGHT]))).toBe(shell);
    expect(findChromium(machine(['/usr/bin/chromium', PLAYWRIGHT]))).toBe(PLAYWRIGHT);
    expect(findChromium(machine(['/usr/bin/chromium', shell]), 'lighthouse')).toBe('/usr/bin/chromium');
    expect(findChromium(machine([shell, PLAYWRIGHT]), 'lighthouse')).toBe(PLAYWRIGHT);
  });

  test('leaves Playwright to launch its own download, so it takes the shell it fetched beside it', () => {
    expect(testLaunchPath(machine([PLAYWRIGHT]))).toBeUndefined();
    expect(testLaunchPath(machine(['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
  });

  test('finds nothing on a machine without a browser', () => {
    expect(findChromium(machine(['/usr/bin/node']))).toBeUndefined();
  });
});

describe('getting Chromium when there is none', () => {
  test('downloads Playwright’s first, then installs Debian’s package only as root with apt', () => {
    expect(installSteps({ isRoot: true, hasApt: true })).toEqual(['playwright', 'apt']);
    expect(installSteps({ isRoot: false, hasApt: true })).toEqual(['playwright']);
    expect(installSteps({ isRoot: true, hasApt: false })).toEqual(['playwright']);
  });
});

describe('ensuring Chromium before the tests', () => {
  /** Installers that record their calls and, when they succeed, put `installs` on the machine. */
  function world(options: { root: boolean; apt: boolean; works: Array<'playwright' | 'apt'> }) {
    const files: string[] = [];
    const calls: string[] = [];
    const current = () => ({ ...machine(files), isRoot: options.root, hasApt: options.apt });
    const installer = (step: 'playwright' | 'apt', installs: string) => () => {
      calls.push(step);
      if (!options.works.includes(step)) return false;
      files.push(installs);
      return true;
    };
    const install = { playwright: installer('playwright', PLAYWRIGHT), apt: installer('apt', '/usr/bin/chromium-headless-shell') };
    return { result: () => ensureChromium(current, install), calls };
  }

  test('uses Playwright’s download where it works', () => {
    const { result, calls } = world({ root: true, apt: true, works: ['playwright'] });
    expect(result()).toEqual({ path: PLAYWRIGHT });
    expect(calls).toEqual(['playwright']);
  });

  test('falls back to apt as root when the download fails', () => {
    const { result, calls } = world({ root: true, apt: true, works: ['apt'] });
    expect(result()).toEqual({ path: '/usr/bin/chromium-headless-shell' });
    expect(calls).toEqual(['playwright', 'apt']);
  });

  test('stops with one line saying what to install when nothing works', () => {
    const { result, calls } = world({ root: false, apt: true, works: ['apt'] });
    expect(result()).toEqual({ error: MISSING });
    expect(MISSING).not.toContain('\n');
    expect(calls).toEqual(['playwright']);
  });

  test('reports a CHROMIUM_PATH that names no file instead of installing another browser', () => {
    const result = ensureChromium(() => machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrom' }), {
      playwright: () => expect.unreachable(),
      apt: () => expect.unreachable(),
    });
    expect(result).toEqual({ error: 'CHROMIUM_PATH is /opt/chrom, which does not exist: point it at a Chromium executable or unset it.' });
  });
});
