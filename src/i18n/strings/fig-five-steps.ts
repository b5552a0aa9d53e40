import { defineStrings } from '../define';

/** Labels of the FiveSteps figure (lesson 05): one training iteration in five steps. */
export default defineStrings(
  {
    label: 'The five steps of one training iteration, repeated every epoch',
    desc: 'Step 1, clear the gradients: optimizer.zero_grad(). Step 2, forward pass: y_pred = model(x). Step 3, compute the loss: loss = criterion(y_pred, y_true). Step 4, backward pass: loss.backward(). Step 5, update the parameters: optimizer.step(). Then back to step 1 for the next epoch.',
    step1: 'Clear the gradients',
    step2: 'Forward pass',
    step3: 'Compute the loss',
    step4: 'Backward pass',
    step5: 'Update the parameters',
    repeat: 'next epoch',
  },
  {
    label: '一次训练迭代的五个步骤，每一轮都重复一遍',
    desc: '第 1 步，清空梯度：optimizer.zero_grad()。第 2 步，前向传播：y_pred = model(x)。第 3 步，计算损失：loss = criterion(y_pred, y_true)。第 4 步，反向传播：loss.backward()。第 5 步，更新参数：optimizer.step()。然后回到第 1 步，开始下一轮。',
    step1: '清空梯度',
    step2: '前向传播',
    step3: '计算损失',
    step4: '反向传播',
    step5: '更新参数',
    repeat: '下一轮',
  },
);
