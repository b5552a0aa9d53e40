/**
 * Safety notices of the code cells: output caps, share links that are damaged, too large or would replace the
 * reader's edits, and edits that could not be saved (src/runner/output-cap.ts, share*.ts, share-open.ts, cell.ts).
 */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'safety.cap.lines': 'Output truncated after {shown} lines: {dropped} more lines were not shown.',
    'safety.cap.cut': '{count} long lines were cut after {chars} characters.',
    'safety.cap.series': 'Plot truncated after {max} series: {dropped} more series were not drawn.',
    'safety.cap.points': 'Plot truncated after {max} points: {dropped} more points were not drawn.',
    'safety.share.tooLong':
      'This code is too long to share as a link ({chars} characters; a link holds at most {max} characters of code and about 2 MB in all). Use Copy instead.',
    'safety.share.badId': 'This share link is damaged (its cell name is not valid), so no code was loaded.',
    'safety.share.badPayload': 'This share link is damaged (its code cannot be read), so no code was loaded. Your code is unchanged.',
    'safety.share.badLang': 'This share link names a language this site does not have, so no code was loaded.',
    'safety.share.tooLarge': 'This share link carries more than {max} characters of code, so it was not loaded. Your code is unchanged.',
    'safety.share.missing': 'This share link is for a code cell that is not on this page, so no code was loaded.',
    'safety.share.confirm':
      'This share link brings other code for this cell, and you have edited it. Load the shared code? Your version is kept and can be restored.',
    'safety.share.load': 'Load shared code',
    'safety.share.keep': 'Keep my code',
    'safety.share.kept': 'You kept your code; the shared code was not loaded.',
    'safety.share.loaded': 'Loaded code from a share link. It has not run; press Run when you have read it. Your own version is kept.',
    'safety.share.restore': 'Restore my version',
    'safety.share.restored': 'Your version is back in the editor.',
    'safety.share.mineKept': 'The version you had before opening a share link is kept.',
    'safety.save.failed':
      'Your edits could not be saved in this browser (storage is full or unavailable). They stay on this page until you leave it; copy them to keep them.',
  },
  {
    'safety.cap.lines': '输出过长：只显示前 {shown} 行，另有 {dropped} 行未显示。',
    'safety.cap.cut': '有 {count} 行太长，超过 {chars} 个字符的部分已截去。',
    'safety.cap.series': '曲线太多：只画了前 {max} 条，另有 {dropped} 条没有画出。',
    'safety.cap.points': '绘图点太多：只画了前 {max} 个点，另有 {dropped} 个点没有画出。',
    'safety.share.tooLong':
      '这段代码太长，无法生成分享链接（{chars} 个字符；链接里的代码最多 {max} 个字符，整个链接约 2 MB 以内）。请改用“复制”。',
    'safety.share.badId': '这个分享链接已损坏（代码单元的名字无效），没有载入任何代码。',
    'safety.share.badPayload': '这个分享链接已损坏（里面的代码无法读取），没有载入任何代码，你的代码没有改动。',
    'safety.share.badLang': '这个分享链接指定了本站没有的编程语言，没有载入任何代码。',
    'safety.share.tooLarge': '这个分享链接里的代码超过 {max} 个字符，没有载入，你的代码没有改动。',
    'safety.share.missing': '这个分享链接指向的代码单元不在本页，没有载入任何代码。',
    'safety.share.confirm': '这个分享链接带来了这个代码单元的另一段代码，而你已经修改过这里的代码。要载入分享的代码吗？你的版本会保留，随时可以恢复。',
    'safety.share.load': '载入分享的代码',
    'safety.share.keep': '保留我的代码',
    'safety.share.kept': '已保留你的代码，没有载入分享的代码。',
    'safety.share.loaded': '已从分享链接载入代码，尚未运行。读过代码后再点“运行”。你自己的版本已保留。',
    'safety.share.restore': '恢复我的版本',
    'safety.share.restored': '你的版本已恢复到编辑器里。',
    'safety.share.mineKept': '打开分享链接之前你写的版本还保留着。',
    'safety.save.failed': '你的修改没能保存在这个浏览器里（存储空间已满或不可用）。离开本页之前它们还在，想保留请先复制。',
  },
);
