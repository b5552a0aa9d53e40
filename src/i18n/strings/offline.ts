/** Offline reading: the service worker's update prompt (src/components/site/UpdatePrompt.astro, src/site/sw-client.ts). */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'offline.updateTitle': 'A new version of the course is ready',
    'offline.updateBody': 'Reload to use it. Your code and progress are kept.',
    'offline.updateNow': 'Reload now',
    'offline.updateLater': 'Later',
  },
  {
    'offline.updateTitle': '课程有新版本了',
    'offline.updateBody': '重新加载即可使用新版本，你的代码和学习进度都会保留。',
    'offline.updateNow': '立即重新加载',
    'offline.updateLater': '稍后',
  },
);
