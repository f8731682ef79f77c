import cliProgress from 'cli-progress';
import type { IngestProgress } from '../load/summary.ts';

/** Shows how loading goes: a bar (records/s, ETA) on a terminal, a plain line every few seconds otherwise. */
export interface ProgressReporter {
  start(label: string, total: number): void;
  update(progress: IngestProgress): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  return stream.isTTY ? barReporter(stream) : lineReporter(stream);
}

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new cliProgress.SingleBar({
    stream,
    format: '{label} [{bar}] {percentage}% | {value}/{total} records | {speed} records/s | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 20,
  }, cliProgress.Presets.shades_classic);
  let started = 0;
  let running = false;
  return {
    start(label, total) {
      started = Date.now();
      running = true;
      bar.start(Math.max(total, 1), 0, { label, speed: '0' });
    },
    update({ done }) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { speed: seconds > 0 ? String(Math.round(done / seconds)) : '0' });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

function lineReporter(stream: NodeJS.WriteStream): ProgressReporter {
  let label = '';
  let started = 0;
  let lastLine = 0;
  return {
    start(name, total) {
      label = name;
      started = Date.now();
      lastLine = 0;
      stream.write(`${label}: loading ${total} records\n`);
    },
    update({ done, total }) {
      const now = Date.now();
      if (done < total && now - lastLine < 2000) return;
      lastLine = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      stream.write(`${label}: ${done}/${total} records (${Math.round(rate)} records/s${done < total ? `, about ${left} s left` : ''})\n`);
    },
    stop() {},
  };
}
