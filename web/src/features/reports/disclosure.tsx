import { theme } from 'antd';
import type { ReactNode } from 'react';

/**
 * A section that opens on click: the browser's own <details>, keyboard- and screen-reader-ready.
 * Used instead of antd's Collapse, which the bundler would pull into the first screen's chunk.
 */
export function Disclosure({ summary, children, testId }: { summary: ReactNode; children: ReactNode; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <details data-testid={testId} style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, padding: '6px 10px' }}>
      <summary style={{ cursor: 'pointer' }}>{summary}</summary>
      <div style={{ paddingTop: 8 }}>{children}</div>
    </details>
  );
}
