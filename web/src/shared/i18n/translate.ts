import type { zhCN } from './zh-CN';

/** The UI languages: Chinese first, English second. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

export type MessageKey = keyof typeof zhCN;
/** A complete dictionary: every key of the Chinese source, nothing more. */
export type Messages = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a message, read from the Chinese source at compile time. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
export type MessageParams<K extends MessageKey> = Readonly<
  Record<Placeholders<(typeof zhCN)[K]>, string | number>
>;

export type Translate = <K extends MessageKey>(key: K, params?: MessageParams<K>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders. A placeholder without a value stays as written, so a
 * forgotten parameter shows up on screen instead of silently vanishing.
 *
 * @example interpolate('你好，{name}', { name: '张三' }) // '你好，张三'
 */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Lists the placeholder names of a message, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/** Builds `t(key, params?)` over one dictionary. */
export function createTranslator(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key], params);
}

/** Reads a stored language choice; anything unknown (or nothing) means the default, zh-CN. */
export function parseLang(value: string | null | undefined): Lang {
  return LANGS.find((lang) => lang === value) ?? DEFAULT_LANG;
}
