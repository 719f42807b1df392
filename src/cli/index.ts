/**
 * cli — the `outturn` command: serve, demo, import, compute, thin over the server's functions.
 * Does not: hold logic of its own beyond reading arguments and printing.
 */
export { main } from './main.ts';
