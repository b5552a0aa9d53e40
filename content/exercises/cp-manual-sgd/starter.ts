import { torch } from "torch";

// Unfinished on purpose: write the update by hand (TODO), then press Check. #zh: 故意没写完：亲手写出更新（TODO），然后点“检查”。
torch.manual_seed(0);
const x = torch.randn(20, 1);
const y = x.mul(2).add(1); // y = 2x + 1
const w = torch.tensor([0.0], { requires_grad: true });
const b = torch.tensor([0.0], { requires_grad: true });
const lr = 0.1;

for (let epoch = 0; epoch < 20; epoch++) {
  const loss = x.mul(w).add(b).sub(y).pow(2).mean();
  loss.backward();
  // TODO: inside torch.no_grad(), move w and b against their gradients #zh: TODO：在 torch.no_grad() 里，让 w 和 b 沿梯度的反方向移动
  //       (w ← w − lr · w.grad, the same for b), then clear both gradients #zh: （w ← w − lr · w.grad，b 也一样），然后清空两个梯度


  print(`epoch ${epoch}: loss ${loss.item().toFixed(4)}`);
}
