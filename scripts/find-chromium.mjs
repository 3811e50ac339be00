// Finds a Chromium for the browser tests and benchmarks: CHROME_PATH, then the usual Debian/Ubuntu
// paths. On a root Debian/Ubuntu machine without one it installs Debian's `chromium` with apt-get;
// elsewhere it stops with a message saying how to get one. (No test tool here may download a browser.)
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags without which headless Chromium stalls on a closed network or as root. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Tests run in parallel tabs; background tabs must not throttle timers or animation frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

/** Returns the path of a usable Chromium, installing one when allowed; throws with advice otherwise. */
export function findChromium({ install = true, log = (line) => console.error(line) } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  for (const path of CANDIDATES) if (isExecutable(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && isDebianLike()) {
    log('journeykit: no Chromium found; installing Debian\'s "chromium" package with apt-get (needs a minute)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    for (const path of CANDIDATES) if (isExecutable(path)) return path;
  }
  throw new Error(
    'journeykit: the browser tests need Chromium or Chrome, and none was found.\n' +
      '  Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome),\n' +
      '  or point CHROME_PATH at its executable, e.g. `CHROME_PATH=/path/to/chrome npm test`.',
  );
}
