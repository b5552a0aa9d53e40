/** The formula explorer under an update rule (src/components/Explore.astro, src/predict/explore-element.ts). */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'explore.title': 'Explore this rule: {opt}, step by step',
    'explore.step': 'Step t',
    'explore.caption': 'Each term of the rule at step {t}, with its numbers',
    'explore.colTerm': 'term',
    'explore.colFormula': 'formula',
    'explore.colValue': 'this step',
    'explore.grad': 'the gradient g of this step',
    'explore.model': 'Real numbers from the engine: the weight of nn.Linear(1, 1) fitting y = 2x + 1 (the Inside lab’s model), lr = {lr}.',
    'explore.open': 'Open in the Inside lab',
    'explore.loading': 'Loading the engine…',
  },
  {
    'explore.title': '动手看这条规则：{opt}，一步一步',
    'explore.step': '第 t 步',
    'explore.caption': '第 {t} 步时规则里每一项的数值',
    'explore.colTerm': '项',
    'explore.colFormula': '公式',
    'explore.colValue': '这一步',
    'explore.grad': '这一步的梯度 g',
    'explore.model': '数字来自真实引擎：nn.Linear(1, 1) 拟合 y = 2x + 1 时的 weight（即“优化器内部”实验室的模型），lr = {lr}。',
    'explore.open': '在“优化器内部”实验室中打开',
    'explore.loading': '正在加载引擎…',
  },
);
