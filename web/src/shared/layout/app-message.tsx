import { message } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';

type MessageInstance = ReturnType<typeof message.useMessage>[0];

const AppMessageContext = createContext<MessageInstance | null>(null);

/**
 * One antd message holder for the signed-in shell. It lives in the layout, so a toast raised
 * just before navigating ("password changed", then off to the workspace) survives the page change,
 * and it takes theme and locale from the ConfigProvider above (antd's static `message.x()` cannot).
 */
export function AppMessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  return (
    <AppMessageContext value={api}>
      {holder}
      {children}
    </AppMessageContext>
  );
}

/** The shell's message API: `useAppMessage().success(t('...'))`. */
export function useAppMessage(): MessageInstance {
  const api = useContext(AppMessageContext);
  if (api === null) throw new Error('useAppMessage() must be used inside <AppMessageProvider>');
  return api;
}
