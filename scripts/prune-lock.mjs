/**
 * npm run lock:prune — run after `npm install` changes package-lock.json.
 *
 * The package registry these machines reach lacks some optional, platform-specific packages (for example
 * rollup's Android and Windows builds). npm then writes a lock file that names those optional packages in
 * a parent's `optionalDependencies` without an entry of their own, and `npm ci` refuses it as "out of
 * sync". Dropping the names that have no entry makes the lock file describe exactly what npm installed.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let removed = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  if (!pkg.optionalDependencies) continue;
  for (const dep of Object.keys(pkg.optionalDependencies)) {
    const nested = key ? `${key}/node_modules/${dep}` : `node_modules/${dep}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`]) {
      delete pkg.optionalDependencies[dep];
      removed++;
    }
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock:prune: removed ${removed} optional package name(s) the registry does not have`);
