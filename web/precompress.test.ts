import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PRECOMPRESS_BYTES, precompressDir } from './precompress';

describe('precompressing the web build', () => {
  let dir: string;
  let written: string[];
  const script = Buffer.from('export const rows = [' + Array.from({ length: 400 }, (_, i) => `{id:${i},name:"单位${i}"}`).join(',') + '];\n');
  const style = Buffer.from('.ant-btn{color:#1677ff;padding:4px 15px}\n'.repeat(100));
  const noise = randomBytes(8 * 1024);
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-precompress-'));
    fs.mkdirSync(file('assets'));
    fs.writeFileSync(file('assets/app-abc123.js'), script);
    fs.writeFileSync(file('assets/app-abc123.css'), style);
    fs.writeFileSync(file('assets/tiny-abc123.js'), 'export const a = 1;\n');
    fs.writeFileSync(file('assets/noise-abc123.js'), noise);
    fs.writeFileSync(file('assets/logo-abc123.png'), Buffer.alloc(4096));
    fs.writeFileSync(file('index.html'), `<!doctype html><title>落实</title>${'<!-- padding -->'.repeat(100)}`);
    written = await precompressDir(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a .br and a .gz beside every text file of 1 kB or more, in subfolders too', () => {
    expect(written.map((f) => path.relative(dir, f)).sort()).toEqual(
      ['assets/app-abc123.css.br', 'assets/app-abc123.css.gz', 'assets/app-abc123.js.br', 'assets/app-abc123.js.gz', 'index.html.br', 'index.html.gz'].sort(),
    );
  });

  it('writes copies that decode to the very bytes of the original, and are smaller', () => {
    const br = fs.readFileSync(file('assets/app-abc123.js.br'));
    const gz = fs.readFileSync(file('assets/app-abc123.js.gz'));
    expect(zlib.brotliDecompressSync(br).equals(script)).toBe(true);
    expect(zlib.gunzipSync(gz).equals(script)).toBe(true);
    expect(br.length).toBeLessThan(script.length / 3);
    expect(gz.length).toBeLessThan(script.length / 3);
  });

  it('skips files under 1 kB, files that do not shrink, and formats compressed already', () => {
    expect(fs.statSync(file('assets/tiny-abc123.js')).size).toBeLessThan(MIN_PRECOMPRESS_BYTES);
    for (const name of ['assets/tiny-abc123.js', 'assets/noise-abc123.js', 'assets/logo-abc123.png']) {
      expect(fs.existsSync(file(`${name}.br`)), name).toBe(false);
      expect(fs.existsSync(file(`${name}.gz`)), name).toBe(false);
    }
  });

  it('leaves its own output alone when run again', async () => {
    expect((await precompressDir(dir)).filter((f) => /\.(br|gz)\.(br|gz)$/.test(f))).toEqual([]);
  });
});
