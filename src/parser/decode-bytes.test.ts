import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes';

const sample = '贺兰县创新型县建设实施方案。到2025年,力争培育国家高新技术企业40家以上。(牵头单位:科技和工信局)';

describe('decodeBytes', () => {
  it('reads UTF-8 exactly', () => {
    expect(decodeBytes(Buffer.from(sample))).toEqual({ text: sample, encoding: 'utf-8', isBinary: false });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const decoded = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]));
    expect(decoded).toMatchObject({ text: sample, encoding: 'utf-8-bom' });
  });

  it('reads GBK and GB18030 text as GB18030', () => {
    expect(decodeBytes(iconv.encode(sample, 'gbk'))).toMatchObject({ text: sample, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode(sample, 'gb18030'))).toMatchObject({ text: sample, encoding: 'gb18030' });
  });

  it('reads a short GBK text that chardet could take for Big5', () => {
    expect(decodeBytes(iconv.encode('各乡镇(场)', 'gbk')).text).toBe('各乡镇(场)');
  });

  it('follows the charset a saved web page declares', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="gb2312"></head><body>'), iconv.encode(sample, 'gbk')]);
    expect(decodeBytes(page)).toMatchObject({ encoding: 'gb18030' });
    expect(decodeBytes(page).text).toContain(sample);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ text: sample, encoding: 'utf-16le' });
  });

  it('flags binary content', () => {
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])).isBinary).toBe(true);
    expect(decodeBytes(new Uint8Array()).isBinary).toBe(false);
  });
});
