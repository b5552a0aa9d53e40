import { torch, nn, optim } from "torch";

// Unfinished on purpose: give SGD momentum 0.9 with Nesterov (TODO), then press Check. #zh: 故意没写完：给 SGD 加上 0.9 的 Nesterov 动量（TODO），然后点“检查”。
torch.manual_seed(0);
const x = torch.randn(64, 4);
const y = x.matmul(torch.tensor([[1.0], [-2.0], [0.5], [3.0]])).add(0.5);
const model = nn.Linear(4, 1);
const criterion = nn.MSELoss();
// TODO: add momentum 0.9 and Nesterov momentum to this optimizer #zh: TODO：给这个优化器加上 momentum 0.9，并打开 Nesterov 动量
const optimizer = optim.SGD(model.parameters(), { lr: 0.01 });

for (let epoch = 0; epoch < 50; epoch++) {
  optimizer.zero_grad();
  const loss = criterion(model(x), y);
  loss.backward();
  optimizer.step();
  plot("loss", epoch, loss.item());
}
