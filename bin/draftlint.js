#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep the compiled code of the modules on disk: a second start skips compiling them.
module.enableCompileCache?.();
const { main } = await import('../dist/src/cli.js');

main(process.argv).then((code) => {
  process.exitCode = code;
});
