// The tests serve built sites with the same static server as `npm run pdf`.
export { serveStatic } from '../../src/tools/static-server.ts';
export type { StaticServer } from '../../src/tools/static-server.ts';
