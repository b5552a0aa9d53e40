/**
 * Progress: sidebar ticks, the progress page, resume, export/import/reset and damaged-storage notices.
 */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'progress.title': 'Your progress',
  },
  {
    'progress.title': '学习进度',
  },
);
