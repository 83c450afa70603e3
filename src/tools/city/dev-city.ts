import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { readCityFile } from '../../lib/city/city-file.ts';

/** What `npm run dev -- --content <city folder>` was given. */
export interface CityDevRequest {
  cityDir: string;
  checkout: string;
  /** The built city this server shows (replaced whole by each build). */
  out: string;
  port: number;
  host: string;
}

/**
 * The dev server of a city: builds the city with `npm run build` (districts whose files did
 * not change are reused, so an edit rebuilds one district and the city pages), serves the
 * result, and builds again on every change to city.yaml or a content district's folder. A
 * build with problems prints them and keeps serving the last good city. For Astro's live
 * reload while writing one district, run dev on that district's folder.
 */
export async function runCityDev(request: CityDevRequest): Promise<void> {
  let running: Promise<void> | undefined;
  let queued = false;
  const build = async (): Promise<void> => {
    if (running) {
      queued = true;
      return running;
    }
    running = new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [path.join(request.checkout, 'scripts', 'build.ts'), '--content', request.cityDir, '--out', request.out], { stdio: 'inherit', cwd: request.checkout });
      child.on('exit', () => resolve());
    }).finally(() => {
      running = undefined;
      if (queued) {
        queued = false;
        void build();
      }
    });
    return running;
  };
  await build();
  const serve = sirv(request.out, { dev: true, extensions: ['html'] });
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('404');
    }),
  );
  await new Promise<void>((resolve) => server.listen(request.port, request.host, resolve));
  console.log(`市级汇总预览：http://${request.host}:${request.port}/（改动 city.yaml 或区的文件后自动重新构建，刷新页面即可看到）`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void build(), 300);
  };
  const { districts } = await readCityFile(request.cityDir);
  watch(path.join(request.cityDir, 'city.yaml'), changed);
  for (const district of districts.filter((d) => d.kind === 'content')) watch(district.folder, { recursive: true }, changed);
}
