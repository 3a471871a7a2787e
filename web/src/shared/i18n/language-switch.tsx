import { Segmented } from 'antd';
import { useI18n } from './i18n-provider';
import type { Lang } from './translate';

/**
 * Each language is named in itself (中文 / English), not translated: a reader who cannot read
 * the current UI language must still recognise their own. That is why these two labels do not
 * go through t().
 */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size={size}
      value={lang}
      onChange={setLang}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{LANGUAGE_NAMES['zh-CN']}</span> },
        { value: 'en', label: <span lang="en">{LANGUAGE_NAMES.en}</span> },
      ]}
    />
  );
}
