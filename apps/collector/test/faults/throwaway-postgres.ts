import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL server binaries, newest version first. */
function serverBinaries(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  const bin = version && join(root, version, 'bin');
  if (!bin || !existsSync(join(bin, 'pg_ctl'))) throw new Error('PostgreSQL server binaries (pg_ctl, initdb) are needed under /usr/lib/postgresql/<version>/bin');
  return bin;
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary directory, its own port), so that
 * restarting it touches nobody else's database. As root, the server runs as the `postgres` user.
 */
export class ThrowawayPostgres {
  private readonly bin = serverBinaries();
  private readonly dir = mkdtempSync(join(tmpdir(), 'participe-pg-'));
  private readonly data = join(this.dir, 'data');
  readonly url: string;

  constructor(readonly port: number) {
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const uid = process.getuid?.() ?? 1;
    if (uid === 0) {
      const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
      const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
      chownSync(this.dir, Number(ids), Number(gid));
    }
    chmodSync(this.dir, 0o700);
    this.run('initdb', ['-D', this.data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  }

  private run(tool: string, args: string[]) {
    const command = join(this.bin, tool);
    const asRoot = (process.getuid?.() ?? 1) === 0;
    execFileSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe' });
  }

  start() {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`;
    this.run('pg_ctl', ['-D', this.data, '-o', options, '-l', join(this.dir, 'log'), '-w', 'start']);
  }

  /** A fast restart: sessions are cut, in-flight transactions roll back. */
  restart() {
    this.run('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', 'stop']);
    this.start();
  }

  dispose() {
    try {
      this.run('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
