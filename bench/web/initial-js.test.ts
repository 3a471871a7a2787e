import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts, measureInitialJs } from './initial-js';

const INDEX = `<!doctype html><html><head>
<link rel="icon" type="image/svg+xml" href="/favicon.svg" />
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-def.js">
<link rel="stylesheet" href="/assets/index-ghi.css">
<link rel=modulepreload href="/assets/react-def.js">
<script src="https://cdn.example.com/x.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('the initial JavaScript of the web build', () => {
  it('is every script and modulepreload index.html names, local, once each, in order', () => {
    expect(initialScripts(INDEX)).toEqual(['/assets/index-abc.js', '/assets/react-def.js']);
  });

  it('sums the raw and gzip sizes of those files', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-initial-js-'));
    try {
      fs.mkdirSync(path.join(root, 'assets'));
      fs.writeFileSync(path.join(root, 'index.html'), INDEX);
      fs.writeFileSync(path.join(root, 'assets/index-abc.js'), 'console.log("a");'.repeat(200));
      fs.writeFileSync(path.join(root, 'assets/react-def.js'), 'x'.repeat(2048));
      const sizes = measureInitialJs(root);
      expect(sizes.files.map((f) => f.file)).toEqual(['/assets/index-abc.js', '/assets/react-def.js']);
      expect(sizes.kb).toBe(5.3);
      expect(sizes.gzipKb).toBeGreaterThan(0);
      expect(sizes.gzipKb).toBeLessThan(sizes.kb);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
