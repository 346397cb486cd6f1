// Empties dist/ before a build, so that a module removed from the sources leaves no stale copy behind and the
// committed build is exactly what the sources compile to.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
