import type { marksEs } from './marks-es';

// English strings of the open-comment marks and of the edit lock's banner.
export const marksEn: Record<keyof typeof marksEs, string> = {
  'marks.one': '1 open comment',
  'marks.many': '{n} open comments',
  'marks.label': '{where}: {count}',
  'marks.dataset': 'The whole dataset',
  'marks.title': 'Open comments · {where}',
  'marks.reply': '1 reply',
  'marks.replies': '{n} replies',
  'marks.openReview': 'Open in Review',
  'marks.close': 'Close',
  'marks.rowHint': 'Row {row} of the table in its original order',

  'lock.heldBy': 'Open read-only: {who} has been editing it since {since}.',
  'lock.heldByStale':
    'Open read-only: {who} held it since {since}, but that app is no longer running on this computer.',
  'lock.someone': 'someone else',
  'lock.free': 'Open read-only. Nobody is editing it now: you can open it for editing.',
  'lock.servedReadOnly': 'This workspace is served read-only: the lock cannot be taken over here.',
  'lock.takeOver': 'Take over',
  'lock.openForEditing': 'Open for editing',
  'lock.confirmTitle': 'Take over this workspace?',
  'lock.confirmHolder': '{who} has had it open for editing since {since}{host}.',
  'lock.confirmHost': ' on the computer "{host}"',
  'lock.confirmWarning':
    'If they are still working, they may lose the changes they have not saved. Take over only if their app closed unexpectedly or they agree.',
  'lock.confirmAfter':
    'Comments and decisions others left meanwhile are merged when it opens for editing.',
  'lock.confirm': 'Yes, take over',
  'lock.cancel': 'Cancel',
  'lock.taken': 'You are now editing this workspace.',
};
