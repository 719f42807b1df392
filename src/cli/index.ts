/**
 * cli — the `outturn` command: serve, demo, import, compute; thin commands over the functions
 * the server uses too. Does not: hold logic of its own beyond reading arguments and printing.
 */
export { main } from './main.ts';
