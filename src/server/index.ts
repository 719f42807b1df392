/**
 * server — the Hono web application: routes, security headers, server-rendered pages.
 * Does not: compute indicators or judge them (engine, assess), or query tables (store).
 */
export { type AppDeps, createApp } from './app.ts';
export { type RunningServer, startServer } from './listen.ts';
export { buildDashboard, type DashboardInput } from './view/dashboard.ts';
export type { DashboardView, IndicatorView } from './view/model.ts';
