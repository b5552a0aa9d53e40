/**
 * Exercise and checkpoint UI, and the checker messages SHARED by several exercises (src/exercises: a run that
 * failed, training that went wrong). A message that belongs to one exercise lives in its folder
 * (content/exercises/<id>/exercise.ts, `messages`). Checkers return a key plus parameters; the page renders it in
 * its language.
 */
import { defineStrings } from '../define';

export default defineStrings(
  {
    // UI
    'check.ui.check': 'Check',
    'check.ui.checking': 'Checking…',
    'check.ui.exercise': 'Exercise',
    'check.ui.checkpoint': 'Checkpoint',
    'check.ui.choices': 'Your answer',
    'check.ui.hint': 'Show a hint ({n}/{total})',
    'check.ui.hintTitle': 'Hint {n}',
    'check.ui.noMoreHints': 'All hints are shown',
    'check.ui.solution': 'Show the solution',
    'check.ui.solutionConfirm': 'Show the solution now? Trying a little longer usually teaches more.',
    'check.ui.solutionTitle': 'Solution',
    'check.ui.useSolution': 'Put the solution in the editor',
    'check.ui.useSolutionConfirm': 'Replace the code in the editor with the solution?',
    'check.ui.yes': 'Yes',
    'check.ui.no': 'Not now',
    'check.ui.passedWithSolution': 'Passed with the solution shown',
    'check.ui.passed': 'Passed',
    'check.ui.unfinished': 'This code is unfinished on purpose: the TODO comments say what is left to do.',
    'check.ui.predict': 'Predict first: pick what you think will happen, then press Check to run the cell.',
    'check.ui.noEditor': 'The code cell is not ready yet. Wait a moment and press Check again.',

    // General verdicts
    'check.pass': 'Passed. Well done!',
    'check.choose': 'Pick an answer first, then press Check.',
    'check.quiz.wrong': 'Not quite: “{choice}” is not the answer. Read the hint, then try again.',
    'check.quiz.pass': 'Right!',

    // The run itself
    'check.run.missing': 'There is no run to check yet. Run the code first.',
    'check.run.timeout': 'Your code was still running after {seconds} s and was stopped. Is there a loop that never ends?',
    'check.run.stopped': 'The run was stopped before it finished, so there is nothing to check. Let it run to the end.',
    'check.run.syntax': 'Syntax error: {message}. Fix it, then check again.',
    'check.run.syntaxAt': 'Syntax error on line {line}: {message}. Fix it, then check again.',
    'check.run.error': 'Your code threw {name}: {message}. Fix the error, then check again.',
    'check.run.errorAt': 'Line {line} threw {name}: {message}. Fix the error, then check again.',
    'check.run.memory': 'Out of memory: {message}. Use smaller tensors.',

    // Training
    'check.train.noOptimizer': 'No optimizer was created, so nothing was trained. Create one (optim.…) and call step() in the loop.',
    'check.train.wrongOptimizer': 'This run used {actual}; the task asks for {expected}.',
    'check.train.noBackward': '{optimizer} never received a gradient: call loss.backward() in the loop (before optimizer.step()), on a loss computed from the model’s output.',
    'check.train.noStep': '{optimizer} was created, but optimizer.step() never ran, so the parameters never changed.',
    'check.train.accumulated': 'Gradients piled up from epoch {epoch} on: zero_grad() is missing, so each backward() adds to the old gradients. Clear them before every backward().',
    'check.train.manualNoOptimizer': 'Your loss went down ({first} → {last}), so you updated the parameters yourself. This exercise asks {expected} to do it: create the optimizer with the parameters and call optimizer.step() after loss.backward().',
    'check.train.manualUpdate': '{optimizer} was created, but optimizer.step() never ran: the loss went down ({first} → {last}) because you updated the parameters by hand. Let the optimizer do it: call optimizer.step() after loss.backward().',
    'check.train.accumulatedSometimes': 'From epoch {epoch} on, some backward() calls added to the previous gradients: zero_grad() runs in some iterations but not in every one. Clear the gradients in every iteration, before backward().',
    'check.train.recreated': 'A new {optimizer} was created {count} times (inside the loop), so its state (momentum, moving averages, step count) started from zero each time. Create the optimizer once, before the loop.',
    'check.train.editedOutside': 'Before step() number {step}, the parameters were changed by something other than {optimizer} (fill_, copy_, writing into .data, a manual update). The exercise asks the optimizer to do every update: remove that line.',
    'check.train.neverMoved': '{optimizer}.step() ran but never changed the parameters (lr = {lr}, or every gradient was zero): the loss did not come from training them. Compute the loss from the model\'s output, with an lr above 0.',
    'check.train.diverged': 'The loss blew up in epoch {epoch} (loss = {loss}) with {optimizer} at lr = {lr}: the learning rate is too large. Try a smaller one.',
    'check.train.notDecreasing': 'The loss did not go down enough: {first} at the start, {last} after {epochs} backward passes. Is the learning rate too small, or are the parameters never updated?',
    'check.order.stepBeforeBackward': 'optimizer.step() ran before backward() at epoch = {step} (counting from 0): step() needs the gradients that backward() computes. The order is zero_grad → backward → step.',
    'check.order.zeroBetween': 'zero_grad() ran between backward() and step() at epoch = {step} (counting from 0), throwing the fresh gradients away before step() could use them. Clear gradients before backward() or after step().',

  },
  {
    'check.ui.check': '检查',
    'check.ui.checking': '正在检查…',
    'check.ui.exercise': '练习',
    'check.ui.checkpoint': '小测验',
    'check.ui.choices': '你的答案',
    'check.ui.hint': '看提示（{n}/{total}）',
    'check.ui.hintTitle': '提示 {n}',
    'check.ui.noMoreHints': '提示已经全部显示',
    'check.ui.solution': '看参考答案',
    'check.ui.solutionConfirm': '现在就看参考答案吗？自己再试一会儿，通常收获更大。',
    'check.ui.solutionTitle': '参考答案',
    'check.ui.useSolution': '把参考答案填入编辑器',
    'check.ui.useSolutionConfirm': '用参考答案替换编辑器里的代码吗？',
    'check.ui.yes': '是',
    'check.ui.no': '先不要',
    'check.ui.passedWithSolution': '看过参考答案后通过',
    'check.ui.passed': '已通过',
    'check.ui.unfinished': '这段代码是故意没写完的：TODO 注释写着还剩哪些步骤。',
    'check.ui.predict': '先预测：选出你认为会发生的情况，再点“检查”运行代码。',
    'check.ui.noEditor': '代码单元还没准备好，请稍等片刻再点“检查”。',

    'check.pass': '通过，做得好！',
    'check.choose': '先选一个答案，再点“检查”。',
    'check.quiz.wrong': '还不对：答案不是“{choice}”。看看提示，再试一次。',
    'check.quiz.pass': '答对了！',

    'check.run.missing': '还没有可检查的运行结果，请先运行代码。',
    'check.run.timeout': '代码运行了 {seconds} 秒还没结束，已经停止。是不是有个停不下来的循环？',
    'check.run.stopped': '运行在结束前被停止了，没有结果可查。请让它完整跑完。',
    'check.run.syntax': '语法错误：{message}。改好后再检查。',
    'check.run.syntaxAt': '第 {line} 行有语法错误：{message}。改好后再检查。',
    'check.run.error': '代码抛出了 {name}：{message}。修好这个错误后再检查。',
    'check.run.errorAt': '第 {line} 行抛出了 {name}：{message}。修好这个错误后再检查。',
    'check.run.memory': '内存不够：{message}。请换用小一些的张量。',

    'check.train.noOptimizer': '代码没有创建优化器，所以什么也没训练。先用 optim.… 创建一个，再在循环里调用 step()。',
    'check.train.wrongOptimizer': '这次运行用的是 {actual}，题目要求用 {expected}。',
    'check.train.noBackward': '{optimizer} 一直没收到梯度：请在循环里调用 loss.backward()（在 optimizer.step() 之前），而且这个损失要由模型的输出算出来。',
    'check.train.noStep': '{optimizer} 创建好了，但从没调用 optimizer.step()，参数一直没变。',
    'check.train.accumulated': '从 epoch = {epoch} 起梯度在不断累加：少了 zero_grad()，每次 backward() 都叠加在旧梯度上。请在每次 backward() 之前清空梯度。',
    'check.train.manualNoOptimizer': '你的损失下降了（{first} → {last}），说明参数是你自己动手更新的。这道题要让 {expected} 来更新：用这些参数创建优化器，并在 loss.backward() 之后调用 optimizer.step()。',
    'check.train.manualUpdate': '{optimizer} 创建好了，但 optimizer.step() 一次也没运行：损失能下降（{first} → {last}），是因为你手动更新了参数。请交给优化器：在 loss.backward() 之后调用 optimizer.step()。',
    'check.train.accumulatedSometimes': '从 epoch = {epoch} 起，有些 backward() 叠加在了上一次的梯度上：zero_grad() 只在部分迭代里运行，不是每次都运行。请在每次迭代的 backward() 之前都清空梯度。',
    'check.train.recreated': '{optimizer} 被新建了 {count} 次（在循环里），所以它的状态（动量、滑动平均、步数）每次都从零开始。请在循环之前只创建一次优化器。',
    'check.train.editedOutside': '第 {step} 次调用 step() 之前，参数被 {optimizer} 以外的东西改过（fill_、copy_、直接写 .data、手动更新）。这道题要由优化器完成每一次更新：请删掉那一行。',
    'check.train.neverMoved': '{optimizer}.step() 运行了，却一次也没改变参数（lr = {lr}，或者梯度全是零）：损失并不是训练这些参数得来的。请用模型的输出计算损失，并让 lr 大于 0。',
    'check.train.diverged': '在 epoch = {epoch} 时损失爆炸了（loss = {loss}），{optimizer} 的学习率 lr = {lr} 太大。换个小一点的试试。',
    'check.train.notDecreasing': '损失降得不够：开始是 {first}，{epochs} 次反向传播后是 {last}。是学习率太小，还是参数根本没更新？',
    'check.order.stepBeforeBackward': '在 epoch = {step} 这一轮（从 0 数起），optimizer.step() 跑在了 backward() 前面。step() 要用 backward() 算出的梯度，顺序应是 zero_grad → backward → step。',
    'check.order.zeroBetween': '在 epoch = {step} 这一轮（从 0 数起），zero_grad() 夹在 backward() 和 step() 之间，刚算好的梯度还没用就被清掉了。请在 backward() 之前或 step() 之后清空梯度。',

  },
);
