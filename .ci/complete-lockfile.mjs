// Lists in package-lock.json the other platforms' optional packages that the
// registry here does not serve, so `npm ci` finds the lockfile complete; npm
// skips them on install because their os/cpu do not match. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'sunos', 'aix'].find(
    (o) => name.includes(o) || (o === 'win32' && name.includes('windows')),
  );
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'].find((c) =>
    new RegExp(`[-/]${c}(?:[-]|$)`).test(name),
  );
  return { os, cpu };
};
let added = [];
for (const [path, entry] of Object.entries(pk)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pk[`node_modules/${dep}`] || pk[base]) continue;
    const { os, cpu } = platform(dep);
    pk[`node_modules/${dep}`] = {
      version: spec.replace(/^[\^~]/, ''),
      ...(cpu && cpu !== 'wasm32' ? { cpu: [cpu] } : { cpu: ['wasm32'] }),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added.push(`${dep}@${spec} ${os} ${cpu}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(added.join('\n'));
