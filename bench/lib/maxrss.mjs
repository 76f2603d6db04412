// Fallback for machines without GNU time: run a Node script in this process
// and write its peak resident memory (kB) and CPU time to a file when it exits.
//   node bench/lib/maxrss.mjs <rss-file> <script> [args...]
// process.resourceUsage().maxRSS is this process's own peak, so the script
// must run here (imported), not in a child.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
// Same line as GNU time -f '%M %U %S': peak kB, user s, system s.
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(rssFile, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
});
await import(pathToFileURL(resolve(script)).href);
