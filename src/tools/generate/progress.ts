/** A stream progress is written to: a terminal gets one line rewritten in place. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Reports how far a long job is: `update(done)` as it goes, `done()` at the end. */
export interface Progress {
  update(done: number, note?: string): void;
  done(note?: string): void;
}

/**
 * A progress line for `total` steps. On a terminal it is rewritten with a carriage return at
 * most every 100 ms; elsewhere (CI logs, pipes) a line is printed at every tenth of the way, so
 * logs stay short.
 */
export function createProgress(label: string, total: number, stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): Progress {
  const started = now();
  let lastDraw = -Infinity;
  let lastTenth = -1;
  const line = (done: number, note?: string) => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const seconds = ((now() - started) / 1000).toFixed(1);
    return `${label}: ${done}/${total} (${pct}%) ${seconds} s${note ? ` · ${note}` : ''}`;
  };
  return {
    update(done, note) {
      if (stream.isTTY) {
        if (now() - lastDraw < 100 && done < total) return;
        lastDraw = now();
        stream.write(`\r\u001b[2K${line(done, note)}`);
        return;
      }
      // The last line is done()'s.
      const tenth = Math.floor((done / total) * 10);
      if (done >= total || tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${line(done, note)}\n`);
    },
    done(note) {
      stream.write(`${stream.isTTY ? '\r\u001b[2K' : ''}${line(total, note)}\n`);
    },
  };
}
