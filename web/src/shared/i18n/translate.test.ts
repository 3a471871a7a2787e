import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createTranslator, interpolate, parseLang, placeholdersOf, type MessageKey } from './translate';
import { zhCN } from './zh-CN';

describe('interpolate', () => {
  it('fills every {name} placeholder with its value', () => {
    expect(interpolate('你好，{name}，共 {count} 项', { name: '张三', count: 3 })).toBe('你好，张三，共 3 项');
  });

  it('keeps a placeholder that has no value, so the omission is visible', () => {
    expect(interpolate('你好，{name}', {})).toBe('你好，{name}');
  });

  it('returns the template untouched when no params are given', () => {
    expect(interpolate('共 {count} 项')).toBe('共 {count} 项');
  });
});

describe('createTranslator', () => {
  it('looks the key up in the given dictionary and interpolates', () => {
    expect(createTranslator(zhCN)('home.greeting', { name: '李四' })).toBe('你好，李四');
    expect(createTranslator(en)('home.greeting', { name: 'Li Si' })).toBe('Hello, Li Si');
  });
});

describe('dictionaries', () => {
  const keys = Object.keys(zhCN) as MessageKey[];

  it('give the English messages the same placeholders as the Chinese source', () => {
    const mismatched = keys.filter(
      (key) => placeholdersOf(zhCN[key]).sort().join() !== placeholdersOf(en[key]).sort().join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('leave no English message empty', () => {
    expect(keys.filter((key) => en[key].trim() === '')).toEqual([]);
  });
});

describe('parseLang', () => {
  it('accepts the supported languages', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh-CN');
  });

  it('falls back to zh-CN for a missing or unknown value', () => {
    expect(parseLang(null)).toBe('zh-CN');
    expect(parseLang('fr')).toBe('zh-CN');
  });
});
