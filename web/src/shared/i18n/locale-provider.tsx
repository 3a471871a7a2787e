import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useI18n } from './i18n-provider';
import type { Lang } from './translate';

// antd's own texts (pagination, date pickers, empty states) and dayjs formatting follow the UI language.
const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const satisfies Record<Lang, unknown>;
const DAYJS_LOCALES: Readonly<Record<Lang, string>> = { 'zh-CN': 'zh-cn', en: 'en' };

/**
 * antd's ConfigProvider and dayjs set to the current language.
 *
 * No antd <App> wrapper here: it would put Modal and notification into the first screen's code
 * (~8 kB gzip). Components that need feedback use the hooks (`message.useMessage()`,
 * `Modal.useModal()`), which take theme and locale from this ConfigProvider just the same.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  // dayjs keeps its locale globally. Set it while rendering, before the children below format
  // any date in this same pass; doing it in an effect would render one frame in the old language.
  if (dayjs.locale() !== DAYJS_LOCALES[lang]) dayjs.locale(DAYJS_LOCALES[lang]);
  return <ConfigProvider locale={ANTD_LOCALES[lang]}>{children}</ConfigProvider>;
}
