// Reads a live stream (server-sent events) from an injected request, as a browser's EventSource would.
import type { Readable } from 'node:stream';

export interface SseEvent {
  id: string;
  event: string;
  data: unknown;
}

/** Reads a live stream as it arrives; `until` waits for what a test expects. */
export class StreamReader {
  text = '';
  ended = false;
  constructor(readonly stream: Readable) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (this.text += chunk));
    stream.on('end', () => (this.ended = true));
    stream.on('close', () => (this.ended = true));
  }

  get events(): SseEvent[] {
    return this.text
      .split('\n\n')
      .map((block) => Object.fromEntries(block.split('\n').filter((line) => /^(id|event|data): /.test(line)).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)])))
      .filter((fields) => fields.id)
      .map((fields) => ({ id: fields.id!, event: fields.event!, data: JSON.parse(fields.data!) }));
  }

  async until(check: (reader: StreamReader) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (Date.now() > deadline) throw new Error(`stream did not show what was expected; it read:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close() {
    this.stream.destroy();
  }
}
