// The tests serve built sites with the same static server as `npm run pdf`.
export { serveStatic } from '../../src/lib/static-server.ts';
export type { StaticServer } from '../../src/lib/static-server.ts';
