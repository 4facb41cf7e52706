/**
 * The Chromium the browser tests and the bench drive. `e2e/browser.ts`, run first
 * by `npm test`, finds one, or gets one (Playwright's download where the network allows,
 * else Debian's package when it can), or stops with one line saying what to install.
 *
 * The tests prefer Chromium's headless shell, the build without a window
 * system that Playwright itself uses for headless runs: on a 2-core machine
 * it runs the page tests in 53 s where the full browser takes 127 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** What the search for a browser depends on, injectable so tests can pose any machine. */
export interface Machine {
  /** The process environment: `CHROMIUM_PATH` and `PATH` are read. */
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Where `npx playwright install chromium` puts its browser. */
  playwrightChromium: string;
  isRoot: boolean;
  hasApt: boolean;
}

/** The ways to get a Chromium, in the order they are tried. */
export type InstallStep = 'playwright' | 'apt';

/** Chromium's headless-only build, as Debian and Chrome for Testing name it. */
const SHELL_NAMES = ['chromium-headless-shell', 'chrome-headless-shell'];
/** The full browser, which Lighthouse needs and the tests take when there is no shell. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What a Chromium is for: `tests` takes the headless shell first, `lighthouse` wants the full browser. */
export type Use = 'tests' | 'lighthouse';

export const MISSING =
  'No Chromium found: install one (`npx playwright install chromium`, or as root on Debian `apt-get install chromium-headless-shell`) or set CHROMIUM_PATH to its executable.';

/** The machine this process runs on. */
export function thisMachine(): Machine {
  const env = process.env;
  const exists = (path: string) => existsSync(path);
  const hasApt = findOnPath('apt-get', env, exists) !== undefined;
  return { env, exists, playwrightChromium: chromium.executablePath(), isRoot: process.getuid?.() === 0, hasApt };
}

/** `name` in a folder of PATH or in /usr/bin. */
function findOnPath(name: string, env: Machine['env'], exists: Machine['exists']): string | undefined {
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  return dirs.map((dir) => join(dir, name)).find(exists);
}

/**
 * The Chromium to use: `CHROMIUM_PATH` when set (even if it is wrong, so a typo
 * is reported, not worked around). For the tests, else a headless shell on PATH
 * or in /usr/bin, else the browsers Playwright downloaded (its launcher picks
 * their shell itself), else a full browser; for Lighthouse, a full browser first.
 */
export function findChromium(machine: Machine = thisMachine(), use: Use = 'tests'): string | undefined {
  if (machine.env.CHROMIUM_PATH) return machine.env.CHROMIUM_PATH;
  const onPath = (names: string[]) => names.map((name) => findOnPath(name, machine.env, machine.exists)).find(Boolean);
  const playwright = machine.exists(machine.playwrightChromium) ? machine.playwrightChromium : undefined;
  return use === 'tests' ? (onPath(SHELL_NAMES) ?? playwright ?? onPath(BROWSER_NAMES)) : (onPath(BROWSER_NAMES) ?? playwright);
}

/**
 * Playwright's launch path for the tests: none for the browsers Playwright
 * downloaded, so it launches their headless shell, which `playwright install
 * chromium` fetches beside the full browser.
 */
export function testLaunchPath(machine: Machine = thisMachine()): string | undefined {
  const found = findChromium(machine);
  return found === machine.playwrightChromium ? undefined : found;
}

/** What to try when no Chromium is found: Playwright's download, then apt when running as root where apt exists. */
export function installSteps(machine: Pick<Machine, 'isRoot' | 'hasApt'>): InstallStep[] {
  return machine.isRoot && machine.hasApt ? ['playwright', 'apt'] : ['playwright'];
}

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    .status === 0;

/** Each install step; true when its commands succeeded. */
export const installers: Record<InstallStep, () => boolean> = {
  playwright: () => run('npx', ['playwright', 'install', 'chromium']),
  apt: () => run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell']),
};

/**
 * A Chromium's path, installing one if need be, or the one line to print when there is no way.
 * `machine` is asked again after each install step, since installing changes it.
 */
export function ensureChromium(machine: () => Machine = thisMachine, install = installers): { path: string } | { error: string } {
  const found = findChromium(machine());
  if (found) {
    if (machine().exists(found)) return { path: found };
    return { error: `CHROMIUM_PATH is ${found}, which does not exist: point it at a Chromium executable or unset it.` };
  }
  for (const step of installSteps(machine())) {
    if (!install[step]()) continue;
    const installed = findChromium(machine());
    if (installed) return { path: installed };
  }
  return { error: MISSING };
}

/** Chromium's flags for the tests and the bench: no sandbox (containers run as root), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's launch options for the tests and the bench. */
export const launchOptions = (machine: Machine = thisMachine()) => ({ executablePath: testLaunchPath(machine), args: CHROMIUM_ARGS });
