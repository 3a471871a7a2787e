import { describe, expect, it } from 'vitest';
import { metricKey, stripMetricHead } from './metric-phrase';

describe('metric phrases', () => {
  it('drops time, resolve and bringing-about words from the head of a metric', () => {
    expect(stripMetricHead('到2025年,力争培育国家高新技术企业')).toBe('国家高新技术企业');
    expect(stripMetricHead('全县新增培育“专精特新”企业')).toBe('新增培育“专精特新”企业');
  });

  it('gives one key to the same measure written in different places', () => {
    expect(metricKey('自治区科技“小巨人”企业')).toBe(metricKey('科技“小巨人”企业家数'));
    expect(metricKey('科技型中小企业')).toBe(metricKey('自治区科技型中小企业数'));
    expect(metricKey('国家级高新技术企业')).toBe(metricKey('国家高新技术企业'));
  });

  it('keeps additions (新增) apart from totals', () => {
    expect(metricKey('新增国家高新技术企业')).not.toBe(metricKey('国家高新技术企业'));
  });
});
