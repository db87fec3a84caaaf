// The navigation badge of 审批: how many requests wait for the signed-in user's roles (red when
// some are overdue). Refreshed every 30 s, when the window regains focus, and at once whenever a
// request changes in the app (notifyApprovalsChanged).
import { Badge } from 'antd';
import { useEffect } from 'react';
import { api, call } from '../api';
import { useLoad } from '../kit/useLoad';
import { useApprovalsChanged } from './common';

const POLL_MS = 30_000;

export function InboxBadge() {
  const counts = useLoad(() => call(api().approvals.counts({})), [], { inline: true });
  const { reload } = counts;
  useApprovalsChanged(reload);
  useEffect(() => {
    const timer = window.setInterval(() => void reload(), POLL_MS);
    const focus = () => void reload();
    window.addEventListener('focus', focus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', focus);
    };
  }, [reload]);
  const c = counts.data;
  if (!c || c.inbox === 0) return null;
  return <Badge count={c.inbox} color={c.overdue > 0 ? 'red' : 'blue'} size="small" data-testid="approvals-badge" />;
}
