// `npm run fuzz`: the fuzz suites (test/fuzz) for a long run, FUZZ_CASES cases each
// (100 000 unless set) from FUZZ_SEED (the suites' fixed seed unless set).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
process.env.FUZZ_CASES ??= '100000';
const mocha = new Mocha({ reporter: 'spec', timeout: 0 });
for (const file of readdirSync('out/test/fuzz').filter((f) => f.endsWith('.test.js'))) mocha.addFile(`out/test/fuzz/${file}`);
await mocha.loadFilesAsync();
mocha.run((failures) => (process.exitCode = failures > 0 ? 1 : 0));
