import { defineStrings } from '../define';

/** Strings of the live code cells: buttons, run status, errors and coach tips. */
export default defineStrings(
  {
    'runner.devTitle': 'Code cells: test page',
    'runner.devIntro': 'A page for automated tests of the live code cells. Nothing to learn here.',
    'runner.run': 'Run',
    'runner.stop': 'Stop',
    'runner.reset': 'Reset',
    'runner.copy': 'Copy',
    'runner.share': 'Share',
    'runner.toolbar': 'Code cell controls',
    'runner.tabs': 'Code language',
    'runner.tabTs': 'TypeScript',
    'runner.tabPy': 'PyTorch',
    'runner.editorLabel': 'Code editor (TypeScript). Press Esc then Tab to leave the editor.',
    'runner.pyLabel': 'PyTorch version of this code (read only)',
    'runner.shortcut': 'Ctrl/⌘ + Enter runs the cell',
    'runner.output': 'Output',
    'runner.outputEmpty': 'Press Run to see the output here.',
    'runner.loading': 'Loading the editor…',
    'runner.running': 'Running…',
    'runner.done': 'Finished in {ms} ms.',
    'runner.doneNoOutput': 'Finished in {ms} ms (no output).',
    'runner.stopped': 'Stopped.',
    'runner.timeout': 'Stopped after {seconds} s: the code ran longer than its time budget. Is there an endless loop?',
    'runner.errorAt': 'Line {line}, column {column}: {name}: {message}',
    'runner.errorAtLine': 'Line {line}: {name}: {message}',
    'runner.error': '{name}: {message}',
    'runner.syntax': 'Syntax error',
    'runner.memory': 'Out of memory: the code tried to allocate too much ({message}). Use smaller tensors.',
    'runner.workerFailed': 'The runner could not start: {message}',
    'runner.warning': 'Warning',
    'runner.copied': 'Code copied.',
    'runner.copyFailed': 'Could not copy; select the code and copy it by hand.',
    'runner.linkCopied': 'Link copied — anyone who opens it sees this code (it will not run until they press Run).',
    'runner.linkReady': 'Share link (copy it by hand):',
    'runner.sharedLoaded': 'Loaded code from a share link. It has not run; press Run when you have read it.',
    'runner.resetConfirm': 'Discard your edits and restore the lesson’s code?',
    'runner.resetYes': 'Discard edits',
    'runner.resetNo': 'Keep editing',
    'runner.restored': 'Restored your edited code from last time. Reset brings back the lesson’s version.',
    'runner.chart': 'Live plot',
    'runner.chartTable': 'Last plotted values',
    'runner.chartSeries': 'Series',
    'runner.chartPoints': 'Points',
    'runner.chartLastX': 'Last x',
    'runner.chartLastY': 'Last y',
    'runner.chartAxisX': 'x (e.g. epoch)',
    'runner.chartAxisY': 'y (e.g. loss)',
    'runner.chartAxisYLog': 'y (e.g. loss), log scale',
    'runner.tips': 'Coach tips',
    'runner.tip.intDtype':
      'Coach: torch.tensor([3]) makes an integer (int64) tensor, as in PyTorch. Write the numbers as floats (torch.tensor([3.0])) or pass { dtype: torch.float32 } to get a float tensor; values computed at run time count as integers when they are whole numbers.',
    'runner.tip.gradAccumulation':
      'Coach: backward() ran again before zero_grad(), so the new gradients were added to the old ones. Call optimizer.zero_grad() once per step, before loss.backward() — unless you accumulate on purpose.',
    'runner.tip.nonFinite':
      'Coach: the loss became {value}. The learning rate is probably too large — try one ten times smaller.',
    'runner.tip.lossFlat':
      'Coach: the loss barely moved over {steps} backward passes (relative change below 1e-6). Is the learning rate too small?',
    'runner.tip.lossFlatNoStep':
      'Coach: the loss barely moved over {steps} backward passes: the optimizer was created, but optimizer.step() never ran, so the parameters never changed.',
    'runner.tip.lossFlatNoOptimizer':
      'Coach: the loss barely moved over {steps} backward passes. Nothing updates the parameters yet: create an optimizer and call its step() after backward(), or update them by hand under torch.no_grad().',
    'runner.tip.stepBeforeBackward':
      'Coach: optimizer.step() ran before loss.backward() in this iteration, so it used no gradients or last iteration\'s. The order is zero_grad() → forward → loss → backward() → step().',
    'runner.tip.zeroBeforeStep':
      'Coach: zero_grad() ran after loss.backward() and before optimizer.step(), so step() found the gradients already cleared. Clear them before backward() (or after step()).',
    'runner.tip.pythonLiteral': 'Coach: {name} is Python. TypeScript writes it {js}.',
    'runner.tip.pythonImport':
      'Coach: that is Python\'s import. In a TypeScript cell torch, nn and optim are already there; if you want the line, write import { torch, nn, optim } from "torch".',
    'runner.tip.pythonLoop':
      'Coach: TypeScript has no range() and no for … in …: loops. Count like this: for (let i = 0; i < 10; i++) { … }, or loop over items with for (const x of xs) { … }.',
    'runner.tip.pythonFString':
      'Coach: f"…{x}…" is a Python f-string. TypeScript uses backquotes: `loss ${loss.item()}`.',
    'runner.tip.fullWidth':
      'Coach: line {line} has a full-width “{char}” (typed with a Chinese keyboard). Code needs the ASCII “{ascii}”: switch the keyboard to English for code.',
    'runner.tip.misspelt': 'Coach: there is no .{name} — did you mean .{suggestion}?',
    'runner.tip.schedulerOrder':
      'Coach: scheduler.step() ran before optimizer.step(). Call optimizer.step() first, then scheduler.step(), or the first learning-rate value is skipped.',
    'runner.tip.gradAfterZero':
      'Coach: you read .grad after zero_grad(); it is null now (PyTorch: None). Read gradients after loss.backward() and before zero_grad().',
    'runner.tip.pythonComment':
      'Coach: # starts a comment in Python; in TypeScript write // instead: // {text}',
    'runner.tip.pythonKwargs':
      'Coach: {name}= is a Python keyword argument. In TypeScript keyword arguments become one options object: optim.SGD(params, { lr: 0.01 }).',
    'runner.tip.didYouMean': 'Coach: {name} does not exist — did you mean {suggestion}? Names are case-sensitive.',
    'runner.tip.tensorOperator':
      'Coach: JavaScript operators do not work on tensors (in Python they do). Write {expression} with methods: {suggestion}',
    'runner.tip.tensorOperatorAny':
      'Coach: JavaScript operators (+ - * / ** < >) do not work on tensors (in Python they do). Use methods: a.add(b), a.mul(3), a.sub(3).pow(2), a.lt(b); `${a}` or String(a) prints a tensor.',
  },
  {
    'runner.devTitle': '代码单元：测试页',
    'runner.devIntro': '此页面供代码单元的自动化测试使用，没有课程内容。',
    'runner.run': '运行',
    'runner.stop': '停止',
    'runner.reset': '重置',
    'runner.copy': '复制',
    'runner.share': '分享',
    'runner.toolbar': '代码单元操作',
    'runner.tabs': '代码语言',
    'runner.tabTs': 'TypeScript',
    'runner.tabPy': 'PyTorch',
    'runner.editorLabel': '代码编辑器（TypeScript）。先按 Esc 再按 Tab 可离开编辑器。',
    'runner.pyLabel': '这段代码的 PyTorch 版本（只读）',
    'runner.shortcut': '按 Ctrl/⌘ + Enter 运行',
    'runner.output': '输出',
    'runner.outputEmpty': '点“运行”后，输出会显示在这里。',
    'runner.loading': '编辑器加载中…',
    'runner.running': '正在运行…',
    'runner.done': '运行完毕，用时 {ms} 毫秒。',
    'runner.doneNoOutput': '运行完毕，用时 {ms} 毫秒（没有输出）。',
    'runner.stopped': '已停止。',
    'runner.timeout': '已运行 {seconds} 秒，超出时间上限，已强制停止。是不是写出了死循环？',
    'runner.errorAt': '第 {line} 行第 {column} 列：{name}: {message}',
    'runner.errorAtLine': '第 {line} 行：{name}: {message}',
    'runner.error': '{name}: {message}',
    'runner.syntax': '语法错误',
    'runner.memory': '内存不足：代码申请的内存太大（{message}）。请换用更小的张量。',
    'runner.workerFailed': '运行环境启动失败：{message}',
    'runner.warning': '警告',
    'runner.copied': '代码已复制。',
    'runner.copyFailed': '复制失败，请手动选中代码复制。',
    'runner.linkCopied': '链接已复制。别人打开后会看到这段代码（在点“运行”之前不会执行）。',
    'runner.linkReady': '分享链接（请手动复制）：',
    'runner.sharedLoaded': '已从分享链接载入代码，尚未运行。读过代码后再点“运行”。',
    'runner.resetConfirm': '放弃你的修改，恢复课程里的原始代码吗？',
    'runner.resetYes': '放弃修改',
    'runner.resetNo': '继续编辑',
    'runner.restored': '已恢复你上次修改过的代码。点“重置”可换回课程原版。',
    'runner.chart': '实时曲线',
    'runner.chartTable': '各曲线的最新数值',
    'runner.chartSeries': '曲线',
    'runner.chartPoints': '点数',
    'runner.chartLastX': '最新 x',
    'runner.chartLastY': '最新 y',
    'runner.chartAxisX': 'x（如 epoch）',
    'runner.chartAxisY': 'y（如损失）',
    'runner.chartAxisYLog': 'y（如损失），对数刻度',
    'runner.tips': '教练提示',
    'runner.tip.intDtype':
      '教练提示：torch.tensor([3]) 得到的是整数 (int64) 张量，和 PyTorch 一样。把数写成小数（torch.tensor([3.0])）或者加上 { dtype: torch.float32 }，就能得到浮点张量；运行时算出来的整数值仍按整数处理。',
    'runner.tip.gradAccumulation':
      '教练提示：两次 backward() 之间没有调用 zero_grad()，新梯度被累加到了旧梯度上。每一步都应在 loss.backward() 之前调用一次 optimizer.zero_grad()——除非你是有意累积梯度。',
    'runner.tip.nonFinite': '教练提示：损失变成了 {value}。多半是学习率太大了，试试缩小到十分之一。',
    'runner.tip.lossFlat':
      '教练提示：连续 {steps} 次反向传播，损失几乎没变（相对变化不到 1e-6）。是不是学习率太小了？',
    'runner.tip.lossFlatNoStep':
      '教练提示：连续 {steps} 次反向传播，损失几乎没变：优化器创建了，但 optimizer.step() 一次也没运行，参数一直没变。',
    'runner.tip.lossFlatNoOptimizer':
      '教练提示：连续 {steps} 次反向传播，损失几乎没变。还没有任何东西在更新参数：创建一个优化器，并在 backward() 之后调用它的 step()；或者在 torch.no_grad() 里手动更新。',
    'runner.tip.stepBeforeBackward':
      '教练提示：这一轮里 optimizer.step() 在 loss.backward() 之前运行了，用的是空的梯度或上一轮的梯度。正确顺序是 zero_grad() → 前向 → 损失 → backward() → step()。',
    'runner.tip.zeroBeforeStep':
      '教练提示：zero_grad() 夹在 loss.backward() 和 optimizer.step() 之间运行了，step() 拿到的梯度已经被清空。请在 backward() 之前（或 step() 之后）清空梯度。',
    'runner.tip.pythonLiteral': '教练提示：{name} 是 Python 的写法，TypeScript 里写作 {js}。',
    'runner.tip.pythonImport':
      '教练提示：这是 Python 的 import。TypeScript 单元格里 torch、nn、optim 已经准备好了；想写这一行的话，请写 import { torch, nn, optim } from "torch"。',
    'runner.tip.pythonLoop':
      '教练提示：TypeScript 没有 range()，也没有 for … in …: 这种循环。计数这样写：for (let i = 0; i < 10; i++) { … }；逐个取元素用 for (const x of xs) { … }。',
    'runner.tip.pythonFString':
      '教练提示：f"…{x}…" 是 Python 的 f-string。TypeScript 用反引号：`loss ${loss.item()}`。',
    'runner.tip.fullWidth':
      '教练提示：第 {line} 行有一个全角的“{char}”（中文输入法打出来的）。代码里要用半角的“{ascii}”：写代码时把输入法切换到英文。',
    'runner.tip.misspelt': '教练提示：没有 .{name} 这个成员，你是不是想写 .{suggestion}？',
    'runner.tip.schedulerOrder':
      '教练提示：scheduler.step() 在 optimizer.step() 之前调用了。应先调用 optimizer.step()，再调用 scheduler.step()，否则会跳过第一个学习率。',
    'runner.tip.gradAfterZero':
      '教练提示：你在 zero_grad() 之后读取了 .grad，此时它已经是 null（PyTorch 里是 None）。请在 loss.backward() 之后、zero_grad() 之前读取梯度。',
    'runner.tip.pythonComment': '教练提示：# 是 Python 的注释符号，TypeScript 里要用 //，写成：// {text}',
    'runner.tip.pythonKwargs':
      '教练提示：{name}= 是 Python 的关键字参数写法。在 TypeScript 里，关键字参数要合成一个选项对象传入：optim.SGD(params, { lr: 0.01 })。',
    'runner.tip.didYouMean': '教练提示：没有 {name} 这个名字，你是不是想写 {suggestion}？名字区分大小写。',
    'runner.tip.tensorOperator': '教练提示：张量不能直接用 JavaScript 运算符（Python 里可以）。把 {expression} 改写成方法调用：{suggestion}',
    'runner.tip.tensorOperatorAny':
      '教练提示：张量不能直接用 JavaScript 运算符（+ - * / ** < >，Python 里可以）。请改用方法：a.add(b)、a.mul(3)、a.sub(3).pow(2)、a.lt(b)；要打印张量用 `${a}` 或 String(a)。',
  },
);
