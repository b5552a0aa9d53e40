import { defineStrings } from '../define';

/** Labels of the CoachCycle figure (lesson 01): train → feedback → adjust → train again. */
export default defineStrings(
  {
    label: 'The coaching cycle: train, get feedback, adjust the plan, train again',
    desc: 'Four stages in a loop. Train: the model makes predictions and the loss measures how far off they are (forward pass and loss). Feedback: the gradient says, for every parameter, which way to change and how strongly (loss.backward()). Adjust: the optimizer, the coach, changes the parameters (optimizer.step()). Train again: clear the old feedback (optimizer.zero_grad()) and start the next round.',
    center1: 'optimizer',
    center2: '= coach',
    train: 'Train',
    trainSub: 'forward pass + loss',
    feedback: 'Feedback',
    feedbackSub: 'gradient',
    adjust: 'Adjust the plan',
    adjustSub: 'update parameters',
    again: 'Train again',
    againSub: 'clear old feedback',
  },
  {
    label: '教练的循环：训练、得到反馈、调整计划、再训练',
    desc: '四个阶段首尾相接。训练：模型做出预测，损失衡量差了多少（前向传播和计算损失）。反馈：梯度告诉每个参数该往哪边调、调多猛（loss.backward()）。调整：优化器（也就是教练）据此修改参数（optimizer.step()）。再训练：擦掉旧反馈（optimizer.zero_grad()），开始下一轮。',
    center1: '优化器',
    center2: '= 教练',
    train: '训练',
    trainSub: '前向传播 + 损失',
    feedback: '反馈',
    feedbackSub: '梯度',
    adjust: '调整计划',
    adjustSub: '更新参数',
    again: '再训练',
    againSub: '擦掉旧反馈',
  },
);
