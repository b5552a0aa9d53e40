import { defineStrings } from '../define';

/** Labels of the WeightDecayPaths figure (lesson 07): coupled L2 in Adam vs decoupled decay in AdamW. */
export default defineStrings(
  {
    label: 'Where the weight decay goes: Adam adds it to the gradient, AdamW applies it to the weights directly',
    desc: 'Top row, Adam with weight_decay λ: the gradient g gets λθ added, then goes through the moments m and v, is divided by the square root of v-hat plus epsilon, and updates θ. The pull λθ is divided too, so each parameter is decayed by a different amount. Bottom row, AdamW: the gradient goes through the moments and the division without λθ, while a separate path shrinks θ by the fraction ηλ. Every parameter shrinks by the same fraction.',
    adamTitle: 'Adam(weight_decay=λ): coupled L2',
    adamwTitle: 'AdamW(weight_decay=λ): decoupled decay',
    grad: 'gradient g',
    moments: 'moments m, v',
    update: 'update θ',
    adamNote: 'λθ is divided by √v̂ as well: each parameter decays by a different amount',
    adamwNote: 'the decay skips the division: every parameter shrinks by the same fraction ηλ',
  },
  {
    label: '权重衰减加在哪里：Adam 把它加到梯度上，AdamW 直接作用在参数上',
    desc: '上面一行是 weight_decay 为 λ 的 Adam：梯度 g 先加上 λθ，再进入滑动平均 m 和 v，然后除以 v-hat 的平方根加 epsilon，最后更新 θ。往零拉的 λθ 也一起被除，所以每个参数受到的衰减各不相同。下面一行是 AdamW：梯度不含 λθ，照常经过滑动平均和除法；另一条独立的路径把 θ 按比例 ηλ 缩小。每个参数都缩小同样的比例。',
    adamTitle: 'Adam(weight_decay=λ)：耦合的 L2',
    adamwTitle: 'AdamW(weight_decay=λ)：解耦的衰减',
    grad: '梯度 g',
    moments: '滑动平均 m、v',
    update: '更新 θ',
    adamNote: 'λθ 也被 √v̂ 除了：每个参数衰减得不一样',
    adamwNote: '衰减绕开了除法：每个参数都缩小同样的比例 ηλ',
  },
);
