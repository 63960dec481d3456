// A progress bar on stderr: redrawn in place on a terminal, one line per page otherwise.

export interface Progress {
  tick(label: string): void;
  /** Writes a block of text to stdout without mangling the bar. */
  print(text: string): void;
  end(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  let done = 0;
  let last = '';
  const width = 24;
  return {
    print(text) {
      if (stream.isTTY && last) stream.write('\r\x1b[K');
      process.stdout.write(text);
      if (stream.isTTY && last) stream.write(last);
    },
    tick(label) {
      done++;
      const minutes = (performance.now() - started) / 60_000;
      const rate = minutes > 0 ? done / minutes : 0;
      const filled = Math.round((done / total) * width);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(1)} pages/min`;
      last = `${bar} ${label.slice(0, 60)}`;
      if (stream.isTTY) stream.write(`\r\x1b[K${last}`);
      else stream.write(`${bar} ${label}\n`);
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
