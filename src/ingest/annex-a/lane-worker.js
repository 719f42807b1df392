// The thread that reads a lane of Annex A CSV files (lanes.ts, lane-thread.ts). It is plain
// JavaScript so that it starts whatever loaded its parent (the CLI, tsx, vitest): it registers
// tsx for the TypeScript it imports itself.
import { register } from 'tsx/esm/api';

register();
await import('./lane-thread.ts');
