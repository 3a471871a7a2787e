import type { RobotWebhook } from './channels';

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

/** A WeCom (企业微信) group robot: text message, mentioning the unit's people by mobile number. */
export function createWeComRobot(url: string): RobotWebhook {
  return {
    name: 'wecom',
    send: (text, mentionMobiles) => post(url, { msgtype: 'text', text: { content: text, mentioned_mobile_list: mentionMobiles } }),
  };
}

/** A DingTalk (钉钉) group robot: text message with @ by mobile number. */
export function createDingTalkRobot(url: string): RobotWebhook {
  return {
    name: 'dingtalk',
    send: (text, mentionMobiles) => post(url, { msgtype: 'text', text: { content: text }, at: { atMobiles: mentionMobiles, isAtAll: false } }),
  };
}
