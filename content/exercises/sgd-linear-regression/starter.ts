import { torch, nn, optim } from "torch";

// Unfinished on purpose: complete TODO 1–3, then press Check. #zh: 故意没写完：补全 TODO 1–3，然后点“检查”。
torch.manual_seed(0);
const x = torch.randn(100, 1);
const y = x.mul(3).add(2).add(torch.randn(100, 1).mul(0.1)); // y = 3x + 2 + noise #zh: y = 3x + 2 + 噪声

const model = nn.Linear(1, 1);
const criterion = nn.MSELoss();
// TODO 1: create an SGD optimizer for model.parameters() (try lr = 0.1) #zh: TODO 1：为 model.parameters() 创建一个 SGD 优化器（先试 lr = 0.1）

for (let epoch = 0; epoch < 100; epoch++) {
  // TODO 2: clear the old gradients #zh: TODO 2：清空旧的梯度
  const loss = criterion(model(x), y);
  // TODO 3: backward pass, then one optimizer step #zh: TODO 3：反向传播，再让优化器走一步
  if (epoch % 20 === 0) print(`epoch ${epoch}, loss ${loss.item().toFixed(4)}`);
}
print('w =', model.weight.item(), 'b =', model.bias!.item());
