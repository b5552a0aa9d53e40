import { defineStrings } from '../define';

/** Labels of the FourStepRecipe figure (lesson 10): create once, then zero, backward, step in every iteration. */
export default defineStrings(
  {
    label: 'The four-step recipe: create the optimizer once, then zero, backward and step in every iteration',
    desc: 'Step 1, create, happens once before the loop: optimizer = optim.Adam(model.parameters(), lr=0.001). Inside the loop, every iteration: step 2, zero: optimizer.zero_grad(); then the forward pass and the loss; step 3, backward: loss.backward(); step 4, step: optimizer.step(). Then the loop goes back to step 2.',
    once: 'once, before the loop',
    loop: 'every iteration',
    create: 'Create',
    zero: 'Zero',
    forward: 'forward pass, loss',
    backward: 'Backward',
    step: 'Step',
    createNote: 'choose the coach and the learning rate',
    zeroNote: 'wipe the old gradients',
    backwardNote: 'compute fresh gradients',
    stepNote: 'move the parameters',
  },
  {
    label: '四步用法：优化器只创建一次，之后每一轮都清零、反向、更新',
    desc: '第 1 步“创建”在循环之前，只做一次：optimizer = optim.Adam(model.parameters(), lr=0.001)。循环里的每一轮：第 2 步“清零”：optimizer.zero_grad()；接着做前向传播、计算损失；第 3 步“反向”：loss.backward()；第 4 步“更新”：optimizer.step()。然后回到第 2 步。',
    once: '循环之前，只做一次',
    loop: '每一轮都做',
    create: '创建',
    zero: '清零',
    forward: '前向传播、计算损失',
    backward: '反向',
    step: '更新',
    createNote: '选好教练，定好学习率',
    zeroNote: '擦掉旧梯度',
    backwardNote: '算出新梯度',
    stepNote: '挪动参数',
  },
);
